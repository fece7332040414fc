CREATE RANGE INDEX event_end IF NOT EXISTS FOR (e:Event) ON (e.end)
