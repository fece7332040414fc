import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationOutputter;
import edu.stanford.nlp.pipeline.JSONOutputter;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Executors;

/**
 * The extractor's CoreNLP worker: one pipeline (tokenize, ssplit, pos, lemma, ner, depparse), loaded once,
 * served on the loopback interface only, so nothing on another machine can reach it. It speaks the
 * CoreNLP server's protocol (POST the text, get CoreNLP's JSON), so CORENLP_URL may name either.
 * Usage: java -cp '<jars>:<classes>' NlpWorker <port> <threads>
 */
public final class NlpWorker {
  private static final int MAX_CHARS = 200_000;

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    int threads = Integer.parseInt(args[1]);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(pipelineProperties());
    pipeline.process("Warm-up: the envoy met the minister in Geneva on Monday.");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    server.setExecutor(Executors.newFixedThreadPool(threads));
    server.createContext("/ping", exchange -> respond(exchange, 200, "pong", "text/plain"));
    server.createContext("/", exchange -> annotate(exchange, pipeline));
    server.start();
    System.out.println("NlpWorker ready on 127.0.0.1:" + port + " with " + threads + " threads");
  }

  /** The annotators the extractor reads; SUTime and fine-grained NER are off (they cost much, pay little). */
  private static Properties pipelineProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    return props;
  }

  private static void annotate(HttpExchange exchange, StanfordCoreNLP pipeline) throws IOException {
    try {
      if (!"POST".equals(exchange.getRequestMethod())) {
        respond(exchange, 405, "POST the text to annotate", "text/plain");
        return;
      }
      byte[] body = exchange.getRequestBody().readNBytes(MAX_CHARS * 4 + 1);
      String text = new String(body, StandardCharsets.UTF_8);
      if (text.length() > MAX_CHARS) {
        respond(exchange, 413, "text longer than " + MAX_CHARS + " characters", "text/plain");
        return;
      }
      Annotation document = new Annotation(text);
      pipeline.annotate(document);
      // JSONOutputter.jsonPrint(Annotation) turns each byte of a non-ASCII character into a char of its
      // own ('é' came back as two U+FFxx chars); printing to a byte stream keeps UTF-8 whole.
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      new JSONOutputter().print(document, json, new AnnotationOutputter.Options());
      respond(exchange, 200, json.toByteArray(), "application/json");
    } catch (RuntimeException error) {
      respond(exchange, 500, "annotation failed: " + error.getClass().getSimpleName(), "text/plain");
    }
  }

  private static void respond(HttpExchange exchange, int status, String body, String type) throws IOException {
    respond(exchange, status, body.getBytes(StandardCharsets.UTF_8), type);
  }

  private static void respond(HttpExchange exchange, int status, byte[] bytes, String type) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
