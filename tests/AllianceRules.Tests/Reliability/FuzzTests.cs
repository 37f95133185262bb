using System.Text;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Reliability;

/// <summary>
/// Mutated and random input for the JSON reader and for <c>alliance-rules assess -</c>: the only
/// outcomes allowed are a scenario, a <see cref="ScenarioValidationException"/>, and exit codes
/// 0 or 2. Seeds are fixed, so a failure reproduces.
/// </summary>
public class FuzzTests
{
    public const int MutatedInputs = 3000;
    public const int RandomInputs = 1000;
    public const int CliInputs = 300;

    private const string Structural = "{}[],:\"0aZ\\ ";

    private static readonly byte[][] Seeds = HistoricalScenarios.All.Select(s => Encoding.UTF8.GetBytes(ScenarioJson.Serialize(s))).ToArray();

    [Fact]
    public void Reader_MutatedScenarios_NeverThrowAnythingButValidation()
    {
        var random = new Random(20261125);
        for (var i = 0; i < MutatedInputs; i++)
        {
            AssertReadsOrRefuses(Mutate(Seeds[i % Seeds.Length], random));
        }
    }

    [Fact]
    public void Reader_RandomBytes_NeverThrowAnythingButValidation()
    {
        var random = new Random(7);
        for (var i = 0; i < RandomInputs; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            AssertReadsOrRefuses(bytes);
        }
    }

    [Fact]
    public void Cli_MutatedScenarios_ExitZeroOrTwo_NeverAStackTrace()
    {
        var random = new Random(42);
        for (var i = 0; i < CliInputs; i++)
        {
            var input = Encoding.UTF8.GetString(Mutate(Seeds[i % Seeds.Length], random));
            var run = CliRun.WithStdin(input, "assess", "-", "--format", "json");

            Assert.True(run.ExitCode is 0 or 2, $"exit {run.ExitCode} for input {i}: {run.Stderr}");
            Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
            if (run.ExitCode == 2)
            {
                Assert.StartsWith("error: $", run.Stderr, StringComparison.Ordinal);
            }
        }
    }

    private static void AssertReadsOrRefuses(byte[] input)
    {
        try
        {
            using var stream = new MemoryStream(input);
            var scenario = ScenarioJson.Read(stream).Value;
            TestEngine.Assess(scenario);
        }
        catch (ScenarioValidationException ex)
        {
            Assert.NotEmpty(ex.Errors);
            Assert.All(ex.Errors, e => Assert.StartsWith("$", e.Path, StringComparison.Ordinal));
        }
    }

    /// <summary>Flips, deletes, inserts or duplicates a few bytes, or splices in JSON tokens.</summary>
    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        string[] tokens = ["null", "{}", "[]", "\"\"", "-1", "1e400", "true", "\"Land\"", "\"China\"", "{\"x\":1}", "\"\\ud800\"", "0.5"];
        var mutations = random.Next(1, 6);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 20), bytes.Count - at));
                    break;
                case 2:
                    bytes.Insert(at, (byte)Structural[random.Next(Structural.Length)]);
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 60), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Length)]));
                    break;
            }
        }

        return [.. bytes];
    }
}
