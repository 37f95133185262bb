using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium.Chrome;

namespace AllianceRules.AspNetCore.Tests.Support;

/// <summary>
/// The sample served by Kestrel on a loopback port and one headless chromium, shared by the tests
/// of a class. Starting chromium and its driver costs about two seconds of the machine's time; a
/// test that loads the page afresh needs a new page, not a new browser, so the class pays it once.
/// Started on first use: a skipped test starts nothing, and a start that fails (no browser with
/// <see cref="Browser.RequireVariable"/> set) fails every test that asks for it, with the same message.
/// </summary>
public sealed class ExplorerSession : IDisposable
{
    private readonly Lazy<Started> _started = new(Start);

    /// <summary>The browser, started on first use.</summary>
    public ChromeDriver Driver => _started.Value.Driver;

    /// <summary>The sample's address (http://127.0.0.1:port), started on first use.</summary>
    public string Address => _started.Value.Address;

    /// <summary>Quits the browser and stops the sample, if they were started.</summary>
    public void Dispose()
    {
        if (_started.IsValueCreated)
        {
            _started.Value.Driver.Quit();
            _started.Value.Driver.Dispose();
            _started.Value.Factory.Dispose();
        }
    }

    private static Started Start()
    {
        var factory = new WebApplicationFactory<Program>();
        try
        {
            factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return new Started(factory, Browser.Start(), address);
        }
        catch
        {
            factory.Dispose();
            throw;
        }
    }

    private sealed record Started(WebApplicationFactory<Program> Factory, ChromeDriver Driver, string Address);
}
