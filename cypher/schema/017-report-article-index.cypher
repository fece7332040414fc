// An article's reports, found when it is ingested again.
CREATE RANGE INDEX report_article IF NOT EXISTS FOR (r:Report) ON (r.articleId)
