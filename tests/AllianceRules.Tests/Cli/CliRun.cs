using AllianceRules.Cli;

namespace AllianceRules.Tests.Cli;

/// <summary>Runs <c>alliance-rules</c> in process with captured streams, exactly as the shell would.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun WithStdin(string stdin, params string[] args)
    {
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, input, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public static CliRun Of(params string[] args) => WithStdin("", args);

    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
