import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationOutputter;
import edu.stanford.nlp.pipeline.JSONOutputter;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * The extractor's CoreNLP worker: one pipeline (tokenize, ssplit, pos, lemma, ner, then the UD parser), loaded once,
 * served on the loopback interface only, so nothing on another machine can reach it. It speaks the
 * CoreNLP server's protocol (POST the text, get CoreNLP's JSON), so CORENLP_URL may name either.
 * Usage: java -cp '<jars>:<classes>' NlpWorker <port> <threads>
 */
public final class NlpWorker {
  private static final int MAX_CHARS = 200_000;

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    int threads = Integer.parseInt(args[1]);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(pipelineProperties(threads));
    UdTrees trees = new UdTrees(DependencyParser.loadFromModelFile("edu/stanford/nlp/models/parser/nndep/english_UD.gz", parserProperties()), threads);
    Annotation warmUp = new Annotation("Warm-up: the envoy met the minister in Geneva on Monday.");
    pipeline.annotate(warmUp);
    trees.annotate(warmUp);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    server.setExecutor(Executors.newFixedThreadPool(threads));
    server.createContext("/ping", exchange -> respond(exchange, 200, "pong", "text/plain"));
    server.createContext("/", exchange -> annotate(exchange, pipeline, trees));
    server.start();
    System.out.println("NlpWorker ready on 127.0.0.1:" + port + " with " + threads + " threads");
  }

  /** The annotators the extractor reads; SUTime and fine-grained NER are off (they cost much, pay little). */
  private static Properties pipelineProperties(int threads) {
    Properties props = new Properties();
    // Each sentence is tagged and parsed on its own, so one long text spreads over the cores as well.
    props.setProperty("pos.nthreads", String.valueOf(threads));
    props.setProperty("ner.nthreads", String.valueOf(threads));
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    return props;
  }

  /**
   * The parser's settings. Its cache of hidden-layer slices for features the model did not precompute
   * holds 5,000 by default, too few for news text: 200,000 (about 40 MB of floats) cut the worker's CPU time
   * by about 15%. A slice is the same whether cached or recomputed, so the trees do not change.
   */
  private static Properties parserProperties() {
    Properties props = new Properties();
    props.setProperty("numCached", "200000");
    return props;
  }

  /**
   * CoreNLP's depparse annotator, less the three graphs the extractor never reads (collapsed, CC-processed,
   * enhanced): each sentence gets its basic tree and its enhanced++ graph, made as depparse makes them.
   */
  static final class UdTrees extends SentenceAnnotator {
    private final DependencyParser parser;
    private final int threads;

    UdTrees(DependencyParser parser, int threads) {
      this.parser = parser;
      this.threads = threads;
    }

    @Override
    protected void doOneSentence(Annotation document, CoreMap sentence) {
      GrammaticalStructure structure = parser.predict(sentence);
      GrammaticalStructure.Extras extras = GrammaticalStructure.Extras.NONE;
      sentence.set(BasicDependenciesAnnotation.class, SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.BASIC, extras, null));
      sentence.set(EnhancedPlusPlusDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, extras, null));
    }

    @Override
    protected void doOneFailedSentence(Annotation document, CoreMap sentence) {
      throw new IllegalStateException("the dependency parser failed on a sentence");
    }

    @Override
    protected int nThreads() {
      return threads;
    }

    @Override
    protected long maxTime() {
      return -1;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
      return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
      return Set.of(BasicDependenciesAnnotation.class, EnhancedPlusPlusDependenciesAnnotation.class);
    }
  }

  private static void annotate(HttpExchange exchange, StanfordCoreNLP pipeline, UdTrees trees) throws IOException {
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
      trees.annotate(document);
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
