namespace AllianceRules.Tests.Support;

public class TextDiffTests
{
    [Fact]
    public void Unified_OneChangedLine_ShowsItWithContext()
    {
        var expected = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}")) + "\n";
        var actual = expected.Replace("line 10\n", "line ten\n", StringComparison.Ordinal);

        var diff = TextDiff.Unified(expected, actual, "a (committed)", "a (this run)");

        Assert.Equal(
            "--- a (committed)\n+++ a (this run)\n@@ -7,7 +7,7 @@\n line 7\n line 8\n line 9\n-line 10\n+line ten\n line 11\n line 12\n line 13\n" +
            "1 lines removed, 1 added in all\n",
            diff);
    }

    [Fact]
    public void Unified_ManyHunks_ShowsTheFirstAndCountsTheRest()
    {
        var expected = string.Join('\n', Enumerable.Range(1, 100).Select(i => $"row {i}"));
        var actual = string.Join('\n', Enumerable.Range(1, 100).Select(i => i % 10 == 0 ? $"row {i} moved" : $"row {i}"));

        var diff = TextDiff.Unified(expected, actual, "x", "y", maxHunks: 2);

        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.EndsWith("… 8 more hunks; 10 lines removed, 10 added in all\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Unified_InsertionAndDeletion_AreMarked()
    {
        var diff = TextDiff.Unified("a\nb\nc\n", "a\nc\nd\n", "x", "y");

        Assert.Contains("\n a\n-b\n c\n+d\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void PathOf_MapsTheCallersFolder_WhateverTheBuildsPathPrefix()
    {
        Assert.Equal("tests/AllianceRules.Tests/Theory/__snapshots__/x.snap", Snapshots.PathOf("x", "/_/tests/AllianceRules.Tests/Theory/SomeTests.cs"));
        Assert.Equal("tests/AllianceRules.Tests/__snapshots__/x.snap", Snapshots.PathOf("x", @"C:\src\tests\AllianceRules.Tests\SomeTests.cs"));
    }
}
