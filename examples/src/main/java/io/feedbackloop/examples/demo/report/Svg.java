package io.feedbackloop.examples.demo.report;

import io.feedbackloop.examples.markup.Xml;
import java.util.List;

/**
 * Writes one inline SVG element: {@code role="img"}, an {@code aria-label} and a {@code <title>},
 * then shapes. Every text goes through {@link Xml#escape}; coordinates through {@link Fmt#coord}.
 */
final class Svg {
  private final StringBuilder out;

  private Svg(StringBuilder out) {
    this.out = out;
  }

  /** Opens an SVG of the given size with its accessible name and longer description. */
  static Svg open(StringBuilder out, String id, int width, int height, String label, String desc) {
    String name = Xml.escape(label);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"")
        .append(id)
        .append("\" role=\"img\" aria-label=\"")
        .append(name)
        .append("\" aria-describedby=\"")
        .append(id)
        .append("-desc\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\">\n<title>")
        .append(name)
        .append("</title>\n<desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(Xml.escape(desc))
        .append("</desc>\n");
    return new Svg(out);
  }

  void close() {
    out.append("</svg>\n");
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, String cls) {
    out.append("<line class=\"").append(cls).append("\" x1=\"").append(Fmt.coord(x1))
        .append("\" y1=\"").append(Fmt.coord(y1)).append("\" x2=\"").append(Fmt.coord(x2))
        .append("\" y2=\"").append(Fmt.coord(y2)).append("\" stroke=\"").append(stroke)
        .append("\"/>\n");
    return this;
  }

  /** A rectangle with a tooltip; negative sizes are normalised. */
  Svg rect(double x, double y, double w, double h, String fill, String cls, String tooltip) {
    double left = Math.min(x, x + w);
    double top = Math.min(y, y + h);
    out.append("<rect class=\"").append(cls).append("\" x=\"").append(Fmt.coord(left))
        .append("\" y=\"").append(Fmt.coord(top)).append("\" width=\"")
        .append(Fmt.coord(Math.abs(w))).append("\" height=\"").append(Fmt.coord(Math.abs(h)))
        .append("\" fill=\"").append(fill).append("\"><title>").append(Xml.escape(tooltip))
        .append("</title></rect>\n");
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String cls, String tooltip) {
    out.append("<circle class=\"").append(cls).append("\" cx=\"").append(Fmt.coord(cx))
        .append("\" cy=\"").append(Fmt.coord(cy)).append("\" r=\"").append(Fmt.coord(r))
        .append("\" fill=\"").append(fill).append("\"><title>").append(Xml.escape(tooltip))
        .append("</title></circle>\n");
    return this;
  }

  /** A polyline ({@code fill="none"}) or polygon through the points {x0, y0, x1, y1, ...}. */
  Svg path(String element, List<double[]> points, String attrs, String cls) {
    out.append('<').append(element).append(" class=\"").append(cls).append("\" points=\"");
    for (int i = 0; i < points.size(); i++) {
      out.append(i == 0 ? "" : " ")
          .append(Fmt.coord(points.get(i)[0]))
          .append(',')
          .append(Fmt.coord(points.get(i)[1]));
    }
    out.append("\" ").append(attrs).append("/>\n");
    return this;
  }

  /** Text; {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String anchor, String cls, String text) {
    out.append("<text class=\"").append(cls).append("\" x=\"").append(Fmt.coord(x))
        .append("\" y=\"").append(Fmt.coord(y)).append("\" text-anchor=\"").append(anchor)
        .append("\">").append(Xml.escape(text)).append("</text>\n");
    return this;
  }

  /** Text turned 90 degrees counter-clockwise around its anchor (a y-axis title). */
  Svg verticalText(double x, double y, String cls, String text) {
    out.append("<text class=\"").append(cls).append("\" x=\"").append(Fmt.coord(x))
        .append("\" y=\"").append(Fmt.coord(y))
        .append("\" text-anchor=\"middle\" transform=\"rotate(-90 ")
        .append(Fmt.coord(x)).append(' ').append(Fmt.coord(y)).append(")\">")
        .append(Xml.escape(text)).append("</text>\n");
    return this;
  }
}
