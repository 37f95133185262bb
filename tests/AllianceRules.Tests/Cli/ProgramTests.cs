namespace AllianceRules.Tests.Cli;

/// <summary>The real <c>alliance-rules</c> process, for what only its entry point decides: how standard input is decoded.</summary>
public class ProgramTests
{
    [Fact]
    public void Stdin_NotUtf8_IsRefusedWithExitTwo_NotReplaced()
    {
        // "{ "id": "caf" then a Latin-1 é: a lenient decoder would turn it into U+FFFD and read on.
        byte[] input = [.. "{ \"relation\": { \"level\": \"Good\" }, \"id\": \"caf"u8, 0xE9, .. "\" }"u8];

        var (exit, stdout, stderr) = Run(input, "assess", "-");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal("error: $: the input is not valid UTF-8 (byte 46)", stderr.Split('\n')[0]);
    }

    [Fact]
    public void Stdin_Utf8_IsAssessed()
    {
        var (exit, stdout, stderr) = Run("{ \"relation\": { \"level\": \"Good\" }, \"title\": \"café\" }"u8.ToArray(), "assess", "-");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("Posture: bandwagon with the neighbour", stdout, StringComparison.Ordinal);
    }

    private static (int Exit, string Stdout, string Stderr) Run(byte[] stdin, params string[] args) => CliProcess.Run(stdin, [], args);
}
