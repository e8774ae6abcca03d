// Stands in for a rich editor (Confluence's, a document's): copied HTML is inserted as markup.
window.__xssHits = [];
window.__xss = (name) => window.__xssHits.push(name);
window.pasteHtml = (html) => { document.getElementById("target").innerHTML = html; };
