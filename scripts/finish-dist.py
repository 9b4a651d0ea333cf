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
    """Comments and white space out (about 1 KB gzip), also after a declaration's colon (a
    selector's colon has none after it). Our stylesheets hold no strings or url() with
    comment-like or space-sensitive text, which this would not respect."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"\s+", " ", css)
    css = re.sub(r"\s*([{};,])\s*", r"\1", css).strip()
    return css.replace(": ", ":") + "\n"


def sri(text):
    """The subresource-integrity digest of `text` (as in integrity="sha384-…")."""
    data = text if isinstance(text, bytes) else text.encode()
    return base64.b64encode(hashlib.sha384(data).digest()).decode()


def leb(data, at):
    """The unsigned LEB128 number at `data[at:]`, and where it ends."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def to_leb(value):
    """`value` as unsigned LEB128."""
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def short_name(i):
    """A short, unique property name for import `i`: a, b, …, Z, ba, bb, …"""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    name = letters[i % 52]
    while i >= 52:
        i = i // 52 - 1
        name = letters[i % 52] + name
    return name


def shorten_imports(wasm, js):
    """The module's imports renamed in the wasm and in the glue alike: wasm-bindgen names each
    of the ~200 functions the module imports from its glue like
    `__wbg_setattribute_b84b5f4e5a8a0b42` and stores every name twice, in the wasm and in the
    glue; hashes do not compress (about 5 KB gzip). Each becomes a name of one or two letters
    and the glue module "./parallax-web_bg.js" becomes "g". Returns both unchanged unless every
    name is found exactly once as a property of the glue's import object."""
    if wasm[:8] != b"\0asm\x01\0\0\0":
        return wasm, js
    at = 8
    while at < len(wasm):
        section, body = wasm[at], leb(wasm, at + 1)
        size, start = body
        if section == 2:
            break
        at = start + size
    else:
        return wasm, js
    count, pos = leb(wasm, start)
    entries, renames = bytearray(to_leb(count)), {}
    for _ in range(count):
        length, pos = leb(wasm, pos)
        module = wasm[pos:pos + length].decode()
        pos += length
        length, pos = leb(wasm, pos)
        field = wasm[pos:pos + length].decode()
        pos += length
        kind = wasm[pos]
        # The import's description: a type index (function, tag) or a table, memory or
        # global type; only function imports are expected from the glue.
        if kind != 0:
            return wasm, js
        _, end = leb(wasm, pos + 1)
        description = wasm[pos:end]
        pos = end
        if module.endswith("_bg.js"):
            renames.setdefault(field, short_name(len(renames)))
            module, field = "g", renames[field]
        for text in (module, field):
            entries += to_leb(len(text.encode())) + text.encode()
        entries += description
    modules = re.findall(r'"\./[\w-]+_bg\.js"(?=:)', js)
    if len(set(modules)) != 1 or len(modules) != 1:
        return wasm, js
    js = js.replace(modules[0], '"g"')
    for old, new in renames.items():
        key = re.compile(r"(?<=[{,])" + re.escape(old) + r"(?=[:(])")
        if len(key.findall(js)) != 1 or js.count(old) != 1:
            return wasm, js
        js = key.sub(new, js)
    section = bytes([2]) + to_leb(len(entries)) + bytes(entries)
    return wasm[:at] + section + wasm[start + size:], js


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
    wasm_file = glue_file.with_name(glue_file.stem + "_bg.wasm")
    if wasm_file.exists():
        wasm_before = wasm_file.read_bytes()
        wasm_after, after = shorten_imports(wasm_before, after)
        if wasm_after == wasm_before:
            print("dist: wasm imports left as they were (glue not as expected)")
        wasm_file.write_bytes(wasm_after)
        html = html.replace(f"sha384-{sri(wasm_before)}", f"sha384-{sri(wasm_after)}")
    glue_file.write_text(after, encoding="utf-8")
    # Trunk's subresource-integrity hash must describe the file as served.
    html = html.replace(f"sha384-{sri(before)}", f"sha384-{sri(after)}")
index.write_text(html, encoding="utf-8")

# The engine worker for big inputs: the same module, loaded in a module worker (src/worker.rs).
# It sends one message per part: the page copies each in a task of its own. (Its comments stay
# here, not in the file every visitor downloads.)
glue = re.search(r'href="\./(parallax-web-[0-9a-f]+\.js)"', html)
if glue:
    wasm = glue.group(1).replace(".js", "_bg.wasm")
    (dist / "parallax-worker.js").write_text(
        f"import init, {{ worker_compare }} from './{glue.group(1)}';\n"
        f"const ready = init({{ module_or_path: './{wasm}' }});\n"
        "self.onmessage = async (event) => {\n"
        "  await ready;\n"
        "  const { id, job } = event.data;\n"
        "  const parts = worker_compare(job);\n"
        "  if (parts.length === 0) self.postMessage({ id, index: 0, total: 0, part: null });\n"
        "  parts.forEach((part, index) => self.postMessage({ id, index, total: parts.length, part }));\n"
        "};\n",
        encoding="utf-8",
    )

# The host-page helper and the example blog post travel with the app.
root = pathlib.Path(__file__).resolve().parent.parent
# Its usage notes (the leading comment lines) stay in the source and the README.
embed = (root / "embed" / "parallax-embed.js").read_text(encoding="utf-8")
(dist / "parallax-embed.js").write_text(
    "".join(l for l in embed.splitlines(keepends=True) if not l.startswith("//")), encoding="utf-8"
)
(dist / "examples").mkdir(exist_ok=True)
shutil.copy(root / "examples" / "blog-post.html", dist / "examples" / "blog-post.html")
print(f"dist: loader in its own file, one stylesheet, CSP meta set ({CSP}), engine worker written, embed helper and example copied")
