CREATE RANGE INDEX event_start IF NOT EXISTS FOR (e:Event) ON (e.start)
