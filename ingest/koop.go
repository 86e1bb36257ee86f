package ingest

// placeholder, filled below
