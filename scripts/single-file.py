#!/usr/bin/env python3
"""Writes one self-contained HTML file from the release build in dist/: stylesheets, the
wasm-bindgen glue, the WebAssembly module (gzip + base64, unpacked by the browser's own
DecompressionStream) and the favicon inlined. It opens straight from disk (file://), offline,
under a strict Content Security Policy made of hashes of its own inline script and style.

Usage: single-file.py DIST OUT.html
"""
import base64
import gzip
import hashlib
import pathlib
import re
import sys


def sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def main(dist: pathlib.Path, out: pathlib.Path) -> None:
    index = (dist / "index.html").read_text()
    css = "\n".join(
        (dist / href).read_text()
        for href in re.findall(r'<link rel="stylesheet" href="\./([^"]+\.css)"', index)
    )
    glue_name = re.search(r'href="\./(parallax-web-[0-9a-f]+\.js)"', index).group(1)
    glue = (dist / glue_name).read_text()
    # The glue's exports stay inside this one module script; its default export is the
    # initialiser (named `__wbg_init`, or shorter once minified).
    exports = re.search(r"export\s*\{([^}]*)\};?\s*$", glue)
    names = dict(
        (alias or local, local)
        for local, alias in re.findall(r"([\w$]+)(?:\s+as\s+([\w$]+))?", exports.group(1))
    )
    init = names["default"]
    glue = glue[: exports.start()]
    wasm = (dist / glue_name.replace(".js", "_bg.wasm")).read_bytes()
    packed = base64.b64encode(gzip.compress(wasm, 9, mtime=0)).decode()
    script = (
        glue
        + "\nconst packed = Uint8Array.from(atob('" + packed + "'), (c) => c.charCodeAt(0));\n"
        + "const unpacked = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));\n"
        + "const bytes = await new Response(unpacked).arrayBuffer();\n"
        + f"await {init}({{ module_or_path: bytes }});\n"
    )
    favicon = base64.b64encode((dist / "favicon.svg").read_bytes()).decode()
    csp = (
        f"default-src 'none'; script-src '{sha256(script)}' 'wasm-unsafe-eval'; "
        f"style-src '{sha256(css)}'; img-src data:"
    )
    title = re.search(r"<title>(.*?)</title>", index).group(1)
    lang = re.search(r'<html lang="([^"]+)"', index).group(1)
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}" />\n'
        '<meta charset="utf-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        '<meta name="color-scheme" content="light dark" />\n'
        f"<title>{title}</title>\n"
        f'<link rel="icon" href="data:image/svg+xml;base64,{favicon}" />\n'
        f"<style>{css}</style>\n"
        f'<script type="module">{script}</script>\n'
        "</head>\n<body></body>\n</html>\n"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page)
    print(f"single file: {out} ({len(page.encode()) // 1024} KB, wasm {len(wasm) // 1024} KB packed)")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]))
