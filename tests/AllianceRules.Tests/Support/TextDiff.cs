using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace AllianceRules.Tests.Support;

/// <summary>
/// A unified diff of two texts, line by line, for failure messages a reader can act on: the lines
/// that differ with a little context, not a character position. DiffPlex computes the diff; this
/// class only lays it out as hunks and counts what it leaves out.
/// </summary>
internal static class TextDiff
{
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
        var a = LinesOf(expected);
        var b = LinesOf(actual);
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

    private static string[] LinesOf(string text)
    {
        text = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }

        return text.Length == 0 ? [] : text.Split('\n');
    }

    private readonly record struct Edit(char Op, string Text, int A, int B);

    // The texts are split by Lines already and joined with \n: splitting again gives the same lines.
    private static readonly CustomFunctionChunker Lines = new(text => text.Length == 0 ? [] : text.Split('\n'));

    /// <summary>
    /// The edit script: every line of both texts, marked equal (' '), removed ('-') or added ('+'),
    /// in order. DiffPlex finds the changed blocks (Myers' algorithm); the lines between them are equal.
    /// </summary>
    private static List<Edit> Edits(string[] a, string[] b)
    {
        var blocks = Differ.Instance.CreateDiffs(string.Join('\n', a), string.Join('\n', b), ignoreWhiteSpace: false, ignoreCase: false, Lines).DiffBlocks;
        var edits = new List<Edit>(a.Length + b.Length);
        var (i, j) = (0, 0);
        foreach (var block in blocks)
        {
            for (; i < block.DeleteStartA; i++, j++)
            {
                edits.Add(new Edit(' ', a[i], i, j));
            }

            for (var d = 0; d < block.DeleteCountA; d++, i++)
            {
                edits.Add(new Edit('-', a[i], i, j));
            }

            for (var n = 0; n < block.InsertCountB; n++, j++)
            {
                edits.Add(new Edit('+', b[j], i, j));
            }
        }

        for (; i < a.Length; i++, j++)
        {
            edits.Add(new Edit(' ', a[i], i, j));
        }

        return edits;
    }
}
