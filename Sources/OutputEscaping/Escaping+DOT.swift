extension Escaping {
  /// Quotes `text` as a DOT string that Graphviz shows literally (`dotStringContent` inside
  /// double quotes).
  public static func dotString(_ text: String) -> String {
    "\"" + dotStringContent(text) + "\""
  }

  /// The inside of a quoted DOT string.
  ///
  /// `"` and `\` are escaped, so no attribute, node or
  /// subgraph can be injected and `\N`, `\G`, `\L`… are not expanded; `&` becomes `&amp;`, so
  /// no entity is interpreted; a newline becomes `\n`; other controls are dropped. Bidirectional
  /// controls are spelled out (`showingBidiControls`).
  public static func dotStringContent(_ text: String) -> String {
    replacingScalars(in: showingBidiControls(text)) { scalar in
      switch scalar {
      case "\"": return "\\\""
      case "\\": return "\\\\"
      case "&": return "&amp;"
      case "\n": return "\\n"
      default: return isDOTControl(scalar) ? "" : nil
      }
    }
  }

  /// The inside of a quoted tooltip (`tooltip`, `labeltooltip`, `edgetooltip`): as
  /// `dotStringContent`, but each backslash written four times, because Graphviz 2.42 expands a
  /// tooltip's escapes twice (`\\\\N` → `\\N` → `\N`), so a doubled backslash would still let
  /// `\N`, `\G`, `\E`, `\T`, `\H` and `\L` through.
  public static func dotTooltipContent(_ text: String) -> String {
    replacingScalars(in: showingBidiControls(text)) { scalar in
      switch scalar {
      case "\"": return "\\\""
      case "\\": return "\\\\\\\\"
      case "&": return "&amp;"
      case "\n": return "\\n"
      default: return isDOTControl(scalar) ? "" : nil
      }
    }
  }

  /// The inside of an HTML-like label (`<…>`).
  ///
  /// `& < > " '` become entities, so no markup enters
  /// the label; backslashes are doubled (Graphviz still expands `\N` there); a newline becomes
  /// `<BR/>`; other controls are dropped. Bidirectional controls are spelled out.
  public static func dotHTML(_ text: String) -> String {
    replacingScalars(in: showingBidiControls(text)) { scalar in
      switch scalar {
      case "&": return "&amp;"
      case "<": return "&lt;"
      case ">": return "&gt;"
      case "\"": return "&quot;"
      case "'": return "&#39;"
      case "\\": return "\\\\"
      case "\n": return "<BR/>"
      default: return isDOTControl(scalar) ? "" : nil
      }
    }
  }

  /// The control characters DOT output drops: C0 controls other than the newline (which each
  /// escaper writes as a line break) and DEL.
  static func isDOTControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || scalar.value == 0x7F
  }
}
