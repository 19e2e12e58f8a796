package io.feedbackloop.examples.demo.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses the page as XML (no network, no DTD) and finds SVG and XHTML elements in it. */
final class Dom {
  static final String XHTML = "http://www.w3.org/1999/xhtml";
  static final String SVG = "http://www.w3.org/2000/svg";

  private Dom() {}

  static Document parse(String page) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> all(Element root, String ns, String tag) {
    NodeList nodes = root.getElementsByTagNameNS(ns, tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** The elements {@code tag} whose class attribute holds {@code cls} as a word. */
  static List<Element> withClass(Element root, String tag, String cls) {
    List<Element> out = new ArrayList<>();
    for (Element e : all(root, SVG, tag)) {
      if (List.of(e.getAttribute("class").split(" ", -1)).contains(cls)) {
        out.add(e);
      }
    }
    return out;
  }

  static Element svg(Document doc, String id) {
    for (Element e : all(doc.getDocumentElement(), SVG, "svg")) {
      if (e.getAttribute("id").equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no svg#" + id);
  }

  static boolean hasSvg(Document doc, String id) {
    return all(doc.getDocumentElement(), SVG, "svg").stream()
        .anyMatch(e -> e.getAttribute("id").equals(id));
  }

  /** The points attribute as {x, y} pairs. */
  static List<double[]> points(Element polyline) {
    List<double[]> out = new ArrayList<>();
    for (String pair : polyline.getAttribute("points").trim().split(" ", -1)) {
      String[] xy = pair.split(",", -1);
      out.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
    }
    return out;
  }
}
