package io.feedbackloop.routing.internal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The one inline style sheet and the one inline script of every survey page, fixed so that the
 * Content-Security-Policy can allow exactly them by their SHA-256 hashes and nothing else.
 *
 * <p>Display conditions are shown and hidden without script and without per-survey CSS (which
 * would need a per-page policy): the k-th conditional question of a page (k = 1..{@value
 * #CONDITIONAL_SLOTS}) carries the classes {@code c ck}, and every input whose choice makes it
 * visible carries {@code tk}. Browsers without {@code :has()} show every question, and the server
 * drops answers to questions whose condition is not met.
 */
public final class PageAssets {
  /** How many conditional questions of one page can be hidden by CSS; later ones always show. */
  public static final int CONDITIONAL_SLOTS = 16;

  /** The style sheet. Colours keep a contrast of at least 4.5:1 on white. */
  public static final String STYLE = style();

  /**
   * The script: fills the hidden {@code tz} field with the browser's IANA time zone, an
   * enhancement for the thank-you page's due time. The page works without it.
   */
  public static final String SCRIPT =
      "(function(){var f=document.querySelector('input[name=tz]');try{if(f&&!f.value)"
          + "{f.value=Intl.DateTimeFormat().resolvedOptions().timeZone||'';}}catch(e){}})();";

  /** The Content-Security-Policy every page is sent with. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src '"
          + sha256(STYLE)
          + "'; script-src '"
          + sha256(SCRIPT)
          + "'; img-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private PageAssets() {}

  /** The CSP source expression of {@code text}: {@code sha256-} and the base64 of its digest. */
  public static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String style() {
    StringBuilder css =
        new StringBuilder(
            "*{box-sizing:border-box}"
                + "body{margin:0;font:1rem/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
                + "color:#1a1a1a;background:#fff}"
                + "main{max-width:40rem;margin:0 auto;padding:1rem}"
                + "h1{font-size:1.375rem;line-height:1.25;margin:0 0 1rem;overflow-wrap:break-word}"
                + "fieldset{border:0;margin:0 0 1.5rem;padding:0;min-width:0}"
                + "legend{font-weight:600;margin:0 0 .5rem;padding:0}"
                + ".req{font-weight:400;color:#4a4a4a}"
                + ".hint{color:#4a4a4a;font-size:.875rem;margin:.25rem 0}"
                + ".err{color:#b3261e;font-weight:600;margin:.25rem 0}"
                + ".summary{border:2px solid #b3261e;border-radius:.375rem;padding:.75rem;margin:0 0 1rem}"
                + ".scale{display:flex;gap:.25rem}"
                + ".scale>span{flex:1 1 0;min-width:0;position:relative}"
                + ".scale input,.sr{position:absolute;width:1px;height:1px;margin:0;padding:0;"
                + "overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;opacity:0}"
                + ".scale label{display:block;text-align:center;padding:.5rem 0;border:1px solid #595959;"
                + "border-radius:.375rem;cursor:pointer;background:#fff}"
                + ".scale label small{display:block;font-size:.75rem;line-height:1.2;padding:0 .125rem}"
                + ".scale .face{display:block;font-size:1.5rem}"
                + ".scale input:checked+label{background:#1a4d8f;color:#fff;border-color:#1a4d8f}"
                + ".scale input:focus-visible+label{outline:3px solid #1a4d8f;outline-offset:2px}"
                + "[aria-invalid=true]+label,textarea[aria-invalid=true]{border-color:#b3261e}"
                + ".ends{display:flex;justify-content:space-between;gap:1rem;font-size:.875rem;"
                + "color:#4a4a4a;margin:.25rem 0 0}"
                + ".opt{display:block;padding:.375rem 0}"
                + ".opt input{width:1.25rem;height:1.25rem;margin:0 .5rem 0 0;vertical-align:-.2rem}"
                + "textarea{display:block;width:100%;min-height:6rem;font:inherit;padding:.5rem;"
                + "border:1px solid #595959;border-radius:.375rem}"
                + "textarea:focus-visible{outline:3px solid #1a4d8f;outline-offset:2px}"
                + "button{font:inherit;font-weight:600;padding:.75rem 1.5rem;background:#1a4d8f;color:#fff;"
                + "border:0;border-radius:.375rem;cursor:pointer}"
                + "button:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}"
                + "a{color:#1a4d8f}"
                + "@supports selector(:has(a)){.c{display:none}");
    for (int k = 1; k <= CONDITIONAL_SLOTS; k++) {
      css.append("form:has(.t").append(k).append(":checked) .c").append(k).append("{display:block}");
    }
    return css.append('}').toString();
  }
}
