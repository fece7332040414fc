export CORENLP_URL=http://127.0.0.1:9010/ CORENLP_CACHE_DIR=/work/main/.corenlp/cache NEO4J_TEST_PORT=7812
