-- The main job: load the extension, build the schema, ingest seeds/, query.
.load build/zh
.read sql/schema.sql
.read sql/ingest.sql
.read sql/queries.sql
