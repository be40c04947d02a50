#!/usr/bin/env python3
"""`entente mcp` with the Model Context Protocol's Python client: list the tools, call `query`
and `timeline` and compare their text with what the command line prints with --format json,
read the query-language resource, and see a query's mistake come back as an error with its caret.

    python3 Tests/mcp/mcp_test.py --entente .build/debug/entente

Needs the `mcp` package from PyPI; without it the test fails when ENTENTE_REQUIRE_MCP=1 (as CI
sets it), else says so and stops with exit 0.
"""
import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOLS = {"query", "entities", "facts", "neighbourhood", "timeline", "snapshot", "diff", "changes"}


def field(value, snake, camel):
    """A field of the client's models: snake_case in mcp 2, camelCase in mcp 1."""
    return getattr(value, snake) if hasattr(value, snake) else getattr(value, camel)


def cli(entente, db, *arguments):
    return subprocess.run([entente, arguments[0], "--db", db, *arguments[1:]], check=True, capture_output=True, text=True).stdout


async def run(entente, db):
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    failures = []

    def check(name, condition, detail=""):
        print(("ok   " if condition else "FAIL ") + name + ("" if condition else f": {detail}"))
        if not condition:
            failures.append(name)

    async with stdio_client(StdioServerParameters(command=entente, args=["mcp", "--db", db])) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            tools = {tool.name: tool for tool in (await session.list_tools()).tools}
            check("lists the eight tools", set(tools) == TOOLS, sorted(tools))
            check("each tool has a description and an object schema",
                  all(tool.description and field(tool, "input_schema", "inputSchema").get("type") == "object" for tool in tools.values()))
            check("query requires its text", field(tools["query"], "input_schema", "inputSchema").get("required") == ["query"])

            text = 'MATCH (a)-[r]->("Turkey") RETURN a, r ORDER BY r.date'
            answer = await session.call_tool("query", {"query": text})
            check("query answers as entente query --format json",
                  not field(answer, "is_error", "isError") and answer.content[0].text == cli(entente, db, "query", "--format", "json", text),
                  answer.content[0].text[:300])

            answer = await session.call_tool("query", {"query": "MATCH (a)-[r]->($x) RETURN a", "params": {"x": "Turkey"}})
            check("query takes parameters",
                  not field(answer, "is_error", "isError") and answer.content[0].text == cli(entente, db, "query", "--format", "json", "--param", "x=Turkey", "MATCH (a)-[r]->($x) RETURN a"),
                  answer.content[0].text[:300])

            answer = await session.call_tool("timeline", {"a": "Russia", "b": "Turkey", "by": "quarter"})
            check("timeline answers as entente timeline --format json",
                  not field(answer, "is_error", "isError") and answer.content[0].text == cli(entente, db, "timeline", "Russia", "Turkey", "--by", "quarter", "--format", "json"),
                  answer.content[0].text[:300])

            answer = await session.call_tool("query", {"query": 'MATCH (a)-[r]->("Turkey") RETRUN a'})
            error = json.loads(answer.content[0].text)
            check("a query's mistake is an error with line, column and caret",
                  field(answer, "is_error", "isError") and error.get("line") == 1 and "^" in error.get("caret", ""), answer.content[0].text)

            answer = await session.call_tool("facts", {"about": "Atlantis"})
            check("an unknown entity is an error that names it", field(answer, "is_error", "isError") and "Atlantis" in answer.content[0].text, answer.content[0].text)

            resources = (await session.list_resources()).resources
            uris = [str(resource.uri) for resource in resources]
            check("offers the query language's guide", uris == ["entente://docs/query-language"], uris)
            guide = await session.read_resource("entente://docs/query-language")
            with open(os.path.join(ROOT, "docs", "query-language.md"), encoding="utf-8") as file:
                expected = file.read()
            check("the guide is docs/query-language.md", guide.contents[0].text.rstrip("\n") == expected.rstrip("\n"))
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--entente", required=True)
    args = parser.parse_args()
    try:
        import mcp  # noqa: F401
    except ImportError:
        if os.environ.get("ENTENTE_REQUIRE_MCP") == "1":
            sys.exit("FAIL: the mcp package is not installed, and ENTENTE_REQUIRE_MCP=1")
        print("MCP test not run: the mcp package is not installed (pip install mcp)")
        return
    work = tempfile.mkdtemp(prefix="entente-mcp-")
    db = os.path.join(work, "examples.sqlite")
    subprocess.run([args.entente, "demo", "--db", db], check=True, stdout=subprocess.DEVNULL)
    failures = asyncio.run(run(os.path.abspath(args.entente), db))
    print(f"{10 - len(failures)} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
