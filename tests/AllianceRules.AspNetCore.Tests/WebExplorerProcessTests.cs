using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AllianceRules.AspNetCore.Tests.Support;

namespace AllianceRules.AspNetCore.Tests;

/// <summary>The sample as a newcomer starts it: a process of its own, in its own folder.</summary>
public sealed class WebExplorerProcessTests
{
    [Fact]
    public async Task PortInUse_OneLineNamingThePortAndHowToPickAnother_ExitOne()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        // The sample's build output sits beside this test's, in the same configuration.
        var output = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var configuration = Path.GetFileName(Path.GetDirectoryName(output)!);
        var sample = RepositoryFiles.Path("samples/WebExplorer");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = sample,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(sample, "bin", configuration, Path.GetFileName(output), "WebExplorer.dll"), "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the sample kept running on a port in use");
        }

        Assert.Equal(1, process.ExitCode);
        Assert.Equal(
            $"error: port {port} is in use; run with --urls http://localhost:PORT (for example: dotnet run --project samples/WebExplorer -- --urls http://localhost:5081)\n",
            (await stderr).ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Exception", await stdout, StringComparison.Ordinal);
    }
}
