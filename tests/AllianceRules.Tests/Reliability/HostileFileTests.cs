using System.Diagnostics;
using AllianceRules.Cli;
using AllianceRules.Testing;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Reliability;

/// <summary>
/// Input paths as an attacker with a shell account lays them out (issue 23): devices that never
/// end, named pipes that never open, and symbolic links that loop. Each is refused by name with
/// exit 2, or walked past, within moments; none is read into memory.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("alliance-rules-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("test", "{0}", "error: {0}: $: is a character device, not a regular file")]
    [InlineData("assess", "{0}", "error: {0}: is a character device, not a regular file")]
    [InlineData("diff", "--against", "error: --against: {0}: is a character device, not a regular file")]
    public void Cli_DeviceThatNeverEnds_IsRefusedByName(string command, string argument, string expected)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        const string device = "/dev/zero";
        string[] args = argument == "{0}" ? [command, device] : [command, argument, device];

        var run = CliRun.Of(args);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal([string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, device)], run.StderrLines);
    }

    [Theory]
    [InlineData("test")]
    [InlineData("assess")]
    [InlineData("diff")]
    public void Cli_NamedPipe_IsRefusedByNameWithoutWaitingForAWriter(string command)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fifo = Path.Combine(_folder, "pipe.test.json");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        // A process of its own: a reader that waited on the pipe would hang the test run, not just fail.
        var (exit, _, stderr) = CliProcess.Run([], [], command == "diff" ? [command, "--against", fifo] : [command, fifo]);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("is a named pipe (FIFO), not a regular file", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_FolderWithLinksBackUpTheTree_ListsEachFileOnceAndNamesTheLinks()
    {
        var tree = LoopedTree();
        File.WriteAllText(Path.Combine(tree, "posture.test.json"), "{}");

        var (files, links) = ScenarioTestFiles.Walk([tree]);

        Assert.Equal([Path.Combine(tree, "posture.test.json")], files);
        Assert.Equal([Path.Combine(tree, "a", "u1"), Path.Combine(tree, "a", "u2")], links);
    }

    [Fact]
    public void Cli_TestFolderOfLinkLoopsOnly_ExitsTwoAtOnce()
    {
        var tree = LoopedTree();

        var run = CliRun.Of("test", tree);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith("note: 2 symbolic links not followed", run.StderrLines[0], StringComparison.Ordinal);
        Assert.Equal($"error: no *.test.json file under {tree}", run.StderrLines[^1]);
    }

    [Fact]
    public void Cli_TestFileLinkedToADevice_IsPassedOverInAFolderAndRefusedByName()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var link = Path.Combine(_folder, "z.test.json");
        File.CreateSymbolicLink(link, "/dev/zero");
        File.Copy(RepositoryFiles.Path("tests/theory/posture.test.json"), Path.Combine(_folder, "posture.test.json"));

        var walked = CliRun.Of("test", _folder);
        var named = CliRun.Of("test", link);

        Assert.Equal(ExitCodes.Success, walked.ExitCode);
        Assert.Contains("z.test.json", walked.StderrLines[0], StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, named.ExitCode);
        Assert.EndsWith("$: is a character device, not a regular file", Assert.Single(named.StderrLines), StringComparison.Ordinal);
    }

    /// <summary>The trial's loop: <c>mkdir -p L/a; ln -s .. L/a/u1; ln -s .. L/a/u2</c>.</summary>
    private string LoopedTree()
    {
        var tree = Path.Combine(_folder, "L");
        Directory.CreateDirectory(Path.Combine(tree, "a"));
        Directory.CreateSymbolicLink(Path.Combine(tree, "a", "u1"), "..");
        Directory.CreateSymbolicLink(Path.Combine(tree, "a", "u2"), "..");
        return tree;
    }
}
