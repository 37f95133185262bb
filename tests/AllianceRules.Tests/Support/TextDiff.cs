using System.Text;

namespace AllianceRules.Tests.Support;

/// <summary>
/// A unified diff of two texts, line by line (Myers' algorithm), for failure messages a reader
/// can act on: the lines that differ with a little context, not a character position.
/// </summary>
internal static class TextDiff
{
    // Past this many differing lines the message would not be read; the diff stops looking for
    // common lines and reports the rest of the middle as replaced.
    private const int MaxEditDistance = 2000;

    /// <summary>The first hunks of the diff from <paramref name="expected"/> to <paramref name="actual"/>, in unified format.</summary>
    /// <param name="expected">The text as committed (the left side, lines marked <c>-</c>).</param>
    /// <param name="actual">The text as produced now (the right side, lines marked <c>+</c>).</param>
    /// <param name="expectedLabel">The left side's name for the <c>---</c> header.</param>
    /// <param name="actualLabel">The right side's name for the <c>+++</c> header.</param>
    /// <param name="maxHunks">How many hunks to show; a line says how many more there are.</param>
    public static string Unified(string expected, string actual, string expectedLabel, string actualLabel, int maxHunks = 3)
    {
        const int context = 3;
        const int maxLinesPerHunk = 40;
        var a = Lines(expected);
        var b = Lines(actual);
        var edits = Edits(a, b);
        var changed = edits.Select((e, i) => (e, i)).Where(x => x.e.Op != ' ').Select(x => x.i).ToArray();
        var text = new StringBuilder().Append("--- ").Append(expectedLabel).Append('\n').Append("+++ ").Append(actualLabel).Append('\n');
        if (changed.Length == 0)
        {
            return text.Append("(the texts differ only in a final line break, their line endings or a byte-order mark)\n").ToString();
        }

        // A hunk is a run of changed lines whose gaps are at most two contexts wide.
        var hunks = new List<(int From, int To)>();
        foreach (var i in changed)
        {
            if (hunks.Count > 0 && i - hunks[^1].To <= 2 * context)
            {
                hunks[^1] = (hunks[^1].From, i);
            }
            else
            {
                hunks.Add((i, i));
            }
        }

        foreach (var (from, to) in hunks.Take(maxHunks))
        {
            var start = Math.Max(0, from - context);
            var end = Math.Min(edits.Count - 1, to + context);
            var slice = edits.Skip(start).Take(end - start + 1).ToArray();
            var aStart = slice.FirstOrDefault(e => e.Op != '+').A;
            var bStart = slice.FirstOrDefault(e => e.Op != '-').B;
            var aCount = slice.Count(e => e.Op != '+');
            var bCount = slice.Count(e => e.Op != '-');
            text.Append("@@ -").Append(aStart + 1).Append(',').Append(aCount).Append(" +").Append(bStart + 1).Append(',').Append(bCount).Append(" @@\n");
            foreach (var edit in slice.Take(maxLinesPerHunk))
            {
                text.Append(edit.Op).Append(edit.Text).Append('\n');
            }

            if (slice.Length > maxLinesPerHunk)
            {
                text.Append("  … ").Append(slice.Length - maxLinesPerHunk).Append(" more lines in this hunk\n");
            }
        }

        if (hunks.Count > maxHunks)
        {
            text.Append("… ").Append(hunks.Count - maxHunks).Append(" more hunks; ");
        }

        return text.Append(changed.Count(i => edits[i].Op == '-')).Append(" lines removed, ")
            .Append(changed.Count(i => edits[i].Op == '+')).Append(" added in all\n").ToString();
    }

    private static string[] Lines(string text)
    {
        text = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }

        return text.Length == 0 ? [] : text.Split('\n');
    }

    private readonly record struct Edit(char Op, string Text, int A, int B);

    /// <summary>The edit script: every line of both texts, marked equal (' '), removed ('-') or added ('+'), in order.</summary>
    private static List<Edit> Edits(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var edits = new List<Edit>(a.Length + b.Length);
        for (var i = 0; i < prefix; i++)
        {
            edits.Add(new Edit(' ', a[i], i, i));
        }

        edits.AddRange(Middle(a, b, prefix, a.Length - suffix, prefix, b.Length - suffix));
        for (var i = suffix; i > 0; i--)
        {
            edits.Add(new Edit(' ', a[^i], a.Length - i, b.Length - i));
        }

        return edits;
    }

    // Myers' O((N+M)D) greedy search, keeping each round's frontier to walk the path back.
    private static List<Edit> Middle(string[] a, string[] b, int aFrom, int aTo, int bFrom, int bTo)
    {
        var n = aTo - aFrom;
        var m = bTo - bFrom;
        var max = n + m;
        var trace = new List<int[]>();
        var v = new int[2 * max + 3];
        var offset = max + 1;
        var found = false;
        for (var d = 0; d <= Math.Min(max, MaxEditDistance) && !found; d++)
        {
            // Round d reads the frontier at diagonals -d-1 … d+1 only; keep just that slice.
            trace.Add(v[(offset - d - 1)..(offset + d + 2)]);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[aFrom + x] == b[bFrom + y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = true;
                    break;
                }
            }
        }

        var edits = new List<Edit>();
        if (!found)
        {
            edits.AddRange(Enumerable.Range(aFrom, n).Select(i => new Edit('-', a[i], i, bFrom)));
            edits.AddRange(Enumerable.Range(bFrom, m).Select(j => new Edit('+', b[j], aTo, j)));
            return edits;
        }

        var (cx, cy) = (n, m);
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var frontier = trace[d];
            var k = cx - cy;
            var prevK = k == -d || (k != d && frontier[k - 1 + d + 1] < frontier[k + 1 + d + 1]) ? k + 1 : k - 1;
            var prevX = d == 0 ? 0 : frontier[prevK + d + 1];
            var prevY = d == 0 ? 0 : prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                edits.Add(new Edit(' ', a[aFrom + cx - 1], aFrom + cx - 1, bFrom + cy - 1));
                cx--;
                cy--;
            }

            if (d > 0)
            {
                edits.Add(cx == prevX
                    ? new Edit('+', b[bFrom + prevY], aFrom + prevX, bFrom + prevY)
                    : new Edit('-', a[aFrom + prevX], aFrom + prevX, bFrom + prevY));
            }

            (cx, cy) = (prevX, prevY);
        }

        edits.Reverse();
        return edits;
    }
}
