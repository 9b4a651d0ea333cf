"""Makes the release build in dist/ run under a strict Content Security Policy, with one
stylesheet.

Trunk writes its loader as an inline <script type="module">; a strict policy
(script-src 'self') forbids inline scripts. This moves it into dist/init-<hash>.js and adds
the policy as a <meta> tag, so dist/ works the same from any static host or an iframe.
"""
import base64
import hashlib
import pathlib
import re
import shutil
import subprocess
import sys

CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'"


def minify_css(css):
    """Comments and white space out (about 1 KB gzip). Our stylesheets hold no strings or
    url() with comment-like or space-sensitive text, which this would not respect."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"\s+", " ", css)
    return re.sub(r"\s*([{};,])\s*", r"\1", css).strip() + "\n"


def sri(text):
    """The subresource-integrity digest of `text` (as in integrity="sha384-…")."""
    return base64.b64encode(hashlib.sha384(text.encode()).digest()).decode()


def strip_glue(js):
    """wasm-bindgen copies the Rust doc comments of exported functions into its glue, and
    indents it; both go (line breaks stay, so no statement changes). Skipped if a template
    literal spans lines, whose text indentation belongs to."""
    js = re.sub(r"^[ \t]*/\*\*.*?\*/\n", "", js, flags=re.S | re.M)
    if any(line.count("`") % 2 for line in js.split("\n")):
        return js
    return re.sub(r"^[ \t]+", "", js, flags=re.M)


def minify_glue(js):
    """The glue minified by esbuild (pinned in package.json; `make dist` installs it): local
    names shortened, white space out, exports and the wasm imports' property names kept
    (about 1.7 KB gzip). Without esbuild, only `strip_glue`."""
    esbuild = pathlib.Path(__file__).resolve().parent.parent / "node_modules" / ".bin" / "esbuild"
    if not esbuild.exists():
        return strip_glue(js)
    out = subprocess.run(
        [str(esbuild), "--minify", "--format=esm", "--log-level=warning"],
        input=js, capture_output=True, text=True, check=True,
    )
    return out.stdout


dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
index = dist / "index.html"
html = index.read_text(encoding="utf-8")
match = re.search(r'<script type="module">(.*?)</script>', html, re.S)
if match:
    code = match.group(1).strip() + "\n"
    name = f"init-{hashlib.sha256(code.encode()).hexdigest()[:16]}.js"
    (dist / name).write_text(code, encoding="utf-8")
    html = html.replace(match.group(0), f'<script type="module" src="./{name}"></script>')
# One stylesheet instead of one per source file: fewer requests before the first paint.
links = re.findall(r'<link rel="stylesheet" href="\./([^"]+\.css)"[^>]*/?>', html)
if len(links) > 1:
    css = minify_css("".join((dist / href).read_text(encoding="utf-8") for href in links))
    name = f"parallax-{hashlib.sha256(css.encode()).hexdigest()[:16]}.css"
    (dist / name).write_text(css, encoding="utf-8")
    digest = sri(css)
    tags = re.findall(r'<link rel="stylesheet" href="\./[^"]+\.css"[^>]*/?>\s*', html)
    html = html.replace(tags[0], f'<link rel="stylesheet" href="./{name}" integrity="sha384-{digest}"/>\n', 1)
    for tag in tags[1:]:
        html = html.replace(tag, "", 1)
    for href in links:
        (dist / href).unlink()
if "Content-Security-Policy" not in html:
    html = html.replace("<head>", f'<head>\n    <meta http-equiv="Content-Security-Policy" content="{CSP}" />', 1)
index.write_text(html, encoding="utf-8")

for glue_file in dist.glob("parallax-web-*.js"):
    before = glue_file.read_text(encoding="utf-8")
    after = minify_glue(before)
    glue_file.write_text(after, encoding="utf-8")
    # Trunk's subresource-integrity hash must describe the file as served.
    html = html.replace(f"sha384-{sri(before)}", f"sha384-{sri(after)}")
index.write_text(html, encoding="utf-8")

# The engine worker for big inputs: the same module, loaded in a module worker (src/worker.rs).
glue = re.search(r'href="\./(parallax-web-[0-9a-f]+\.js)"', html)
if glue:
    wasm = glue.group(1).replace(".js", "_bg.wasm")
    (dist / "parallax-worker.js").write_text(
        "// Compares big inputs off the page's main thread with the page's own module (src/worker.rs).\n"
        f"import init, {{ worker_compare }} from './{glue.group(1)}';\n"
        f"const ready = init({{ module_or_path: './{wasm}' }});\n"
        "self.onmessage = async (event) => {\n"
        "  await ready;\n"
        "  const { id, job } = event.data;\n"
        "  // One message per part: the page copies each in a task of its own.\n"
        "  const parts = worker_compare(job);\n"
        "  if (parts.length === 0) self.postMessage({ id, index: 0, total: 0, part: null });\n"
        "  parts.forEach((part, index) => self.postMessage({ id, index, total: parts.length, part }));\n"
        "};\n",
        encoding="utf-8",
    )

# The host-page helper and the example blog post travel with the app.
root = pathlib.Path(__file__).resolve().parent.parent
shutil.copy(root / "embed" / "parallax-embed.js", dist / "parallax-embed.js")
(dist / "examples").mkdir(exist_ok=True)
shutil.copy(root / "examples" / "blog-post.html", dist / "examples" / "blog-post.html")
print(f"dist: loader in its own file, one stylesheet, CSP meta set ({CSP}), engine worker written, embed helper and example copied")
