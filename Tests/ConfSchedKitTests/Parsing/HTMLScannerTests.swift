import Testing

@testable import ConfSchedKit

@Suite("HTML scanner")
struct HTMLScannerTests {
  /// The tokens of a text, one line each: `<div class=[a b]>`, `</div>`, `"text"`.
  func tokens(_ html: String) -> [String] {
    html.withUTF8Bytes { bytes in
      var scanner = HTMLScanner(bytes)
      var lines: [String] = []
      while let token = scanner.next() {
        switch token {
        case .text(let range):
          lines.append("\"\(bytes.string(range))\"")
        case .startTag(let tag):
          var line = "<" + bytes.string(tag.name).lowercased()
          let names: [StaticString] = ["class", "id", "onclick", "href", "checked"]
          for name in names {
            guard let value = scanner.attribute(name, of: tag) else { continue }
            line += " \(name)=[\(bytes.string(value))]"
          }
          lines.append(line + (tag.isSelfClosing ? "/>" : ">"))
        case .endTag(let name):
          lines.append("</" + bytes.string(name).lowercased() + ">")
        }
      }
      return lines
    }
  }

  @Test func readsTagsAttributesAndText() {
    let html = """
      <DIV Class='pull-right maincardType' ID=maincard_1 onClick="f('>')" checked>a < b</Div>\
      <br/><a href = "/x?a=1&amp;b=2">x</a>
      """
    #expect(
      tokens(html) == [
        "<div class=[pull-right maincardType] id=[maincard_1] onclick=[f('>')] checked=[]>",
        "\"a \"", "\"< b\"", "</div>", "<br/>", "<a href=[/x?a=1&amp;b=2]>", "\"x\"", "</a>",
      ])
  }

  @Test func skipsCommentsDeclarationsScriptsAndStyles() {
    let html = """
      <!DOCTYPE html><?xml version="1.0"?><!-- <div> --><title>A <b>2019</b></title>\
      <script>if (a < b) { x = '</div>' }</SCRIPT ><style>p > a {}</style><p>end</p></ p></>
      """
    #expect(
      tokens(html) == [
        "<title>", "\"A <b>2019</b>\"", "</title>", "<script>", "</script>", "<style>",
        "</style>", "<p>", "\"end\"", "</p>",
      ])
  }

  @Test func runsWhatIsCutOffToTheEnd() {
    #expect(tokens("a<!-- open") == ["\"a\""])
    #expect(tokens("<div class=\"open>text") == [])
    #expect(tokens("<script>never closed") == ["<script>"])
    #expect(tokens("x <") == ["\"x \"", "\"<\""])
  }

  @Test func findsClassNamesAmongOthers() {
    "maincard narrower\tPoster maincardContainer".withUTF8Bytes { bytes in
      let scanner = HTMLScanner(bytes)
      let all = 0..<bytes.count
      #expect(scanner.hasClass("maincard", in: all))
      #expect(scanner.hasClass("Poster", in: all))
      #expect(scanner.hasClass("maincardContainer", in: all))
      #expect(!scanner.hasClass("poster", in: all))
      #expect(!scanner.hasClass("main", in: all))
    }
  }
}
