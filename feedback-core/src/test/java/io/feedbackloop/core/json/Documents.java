package io.feedbackloop.core.json;

/** Small JSON documents shared by the codec tests; single quotes stand for double quotes. */
final class Documents {
  private Documents() {}

  /** {@code text} with every {@code '} turned into {@code "}. */
  static String json(String text) {
    return text.replace('\'', '"');
  }

  /** A minimal valid definition with an NPS and a text question. */
  static String survey() {
    return json(
        "{'schemaVersion':1,'id':'post-delivery','version':1,'name':'Post-delivery NPS',"
            + "'defaultLocale':'en','questions':["
            + "{'type':'nps','id':'nps','text':{'en':'How likely?'}},"
            + "{'type':'text','id':'comment','text':{'en':'Why?'}}]}");
  }

  /** {@link #survey()} with its questions replaced by {@code questions} (a JSON array body). */
  static String surveyWith(String questions) {
    return json(
        "{'schemaVersion':1,'id':'s','version':1,'name':'S','defaultLocale':'en','questions':["
            + questions + "]}");
  }

  /** A minimal valid response with one score answer. */
  static String response() {
    return json(
        "{'id':'r-1','tenant':'acme','survey':{'id':'post-delivery','version':1},"
            + "'channel':'email','submittedAt':'2026-11-22T10:15:30Z',"
            + "'answers':{'nps':{'type':'score','value':3}}}");
  }

  /** {@link #response()} with its answers replaced by {@code answers} (an object body). */
  static String responseWith(String answers) {
    return json(
        "{'tenant':'acme','survey':{'id':'s','version':1},'channel':'web',"
            + "'submittedAt':'2026-11-22T10:15:30Z','answers':{" + answers + "}}");
  }
}
