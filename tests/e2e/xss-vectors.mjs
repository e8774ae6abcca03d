// Script-injection vectors a pasted postmortem could carry. Each calls window.__xss(name) if
// it ever runs, or asks another origin for something.
export const vectors = [
  ["script tag", "<script>window.__xss('script')</script>"],
  ["img onerror", "<img src=x onerror=\"window.__xss('img')\">"],
  ["svg onload", "<svg onload=\"window.__xss('svg')\"><circle r=4 /></svg>"],
  ["iframe javascript", "<iframe src=\"javascript:parent.__xss('iframe')\"></iframe>"],
  ["iframe srcdoc", "<iframe srcdoc=\"<script>parent.__xss('srcdoc')</script>\"></iframe>"],
  ["object data", "<object data=\"javascript:window.__xss('object')\"></object>"],
  ["details ontoggle", "<details open ontoggle=\"window.__xss('details')\"><summary>x</summary></details>"],
  ["raw anchor", "<a href=\"javascript:window.__xss('raw-a')\">raw anchor</a>"],
  ["mutation XSS", "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss('mxss')>"],
  ["style import", "<style>@import 'https://evil.example/x.css'; body{background:url(https://evil.example/x.png)}</style>"],
  ["meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss('meta')\">"],
  ["base href", "<base href=\"https://evil.example/\">"],
  ["form action", "<form action=\"javascript:window.__xss('form')\"><button>go</button></form>"],
  ["javascript link", "[click me](javascript:window.__xss('js-link'))"],
  ["mixed case scheme", "[click me](JaVaScRiPt:window.__xss('case'))"],
  ["whitespace in scheme", "[click me](<java\tscript:window.__xss('tab')>)"],
  ["leading space", "[click me](< javascript:window.__xss('space')>)"],
  ["entity-encoded scheme", "[click me](&#106;avascript:window.__xss('entity'))"],
  ["hex entity scheme", "[click me](&#x6A;&#x61;vascript:window.__xss('hex'))"],
  ["data link", "[click me](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoJ2RhdGEnKTwvc2NyaXB0Pg==)"],
  ["vbscript link", "[click me](vbscript:msgbox('vb'))"],
  ["autolink", "<javascript:window.__xss('autolink')>"],
  ["reference link", "[ref link][evil]\n\n[evil]: javascript:window.__xss('ref')"],
  ["image javascript", "![picture](javascript:window.__xss('img-md'))"],
  ["image elsewhere", "![tracking pixel](https://evil.example/pixel.png)"],
  ["title breakout", "[click me](https://example.com \"x\\\" onmouseover=\\\"window.__xss('title')\")"],
  ["html in heading", "## <img src=x onerror=window.__xss('heading')> Impact"],
  ["html in table", "| a | b |\n|---|---|\n| <img src=x onerror=window.__xss('table')> | c |"],
];

/** The whole corpus as one document. */
export const document = vectors.map(([name, vector]) => `## ${name}\n\n${vector}\n`).join("\n");
