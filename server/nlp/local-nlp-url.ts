/** Where the project's own CoreNLP worker listens (scripts/nlp starts it) when CORENLP_URL names no other service. */
export const LOCAL_NLP_PORT = 9010;
export const LOCAL_NLP_URL = `http://127.0.0.1:${LOCAL_NLP_PORT}/`;
