using AllianceRules;
using Microsoft.Extensions.Hosting;

namespace Embedding;

/// <summary>
/// The host an app would build: configuration from appsettings.json (the <c>AllianceRules</c>
/// section sets the options), logging, and the assessor registered once. Shared by the demo and
/// the test that watches its logs, traces and metrics.
/// </summary>
public static class EmbeddingHost
{
    /// <summary>A host builder with AllianceRules registered and appsettings.json read from beside the program.</summary>
    /// <param name="args">The command line, which can override settings (<c>--AllianceRules:MaxSearchAssessments=100</c>).</param>
    /// <returns>The builder, to add more services before building.</returns>
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddAllianceRules(builder.Configuration);
        return builder;
    }
}
