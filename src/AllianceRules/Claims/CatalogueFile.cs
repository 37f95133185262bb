using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AllianceRules.Claims;

/// <summary>
/// Reads one of the catalogues embedded in the package. The files are ours, not the user's: a
/// broken one is a packaging fault, so it fails loudly on first use, naming the file, and the
/// tests check every file against its schema before it can ship.
/// </summary>
internal static class CatalogueFile
{
    public static IReadOnlyList<T> Read<T>(string name, JsonTypeInfo<IReadOnlyList<T>> typeInfo, Func<T, string?> problem)
    {
        var resource = "AllianceRules.Claims." + name;
        using var stream = typeof(CatalogueFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The package lacks its embedded catalogue '{resource}'.");
        IReadOnlyList<T> items;
        try
        {
            items = JsonSerializer.Deserialize(stream, typeInfo) ?? throw new JsonException("the catalogue is null");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"The embedded catalogue '{resource}' is not valid: {ex.Message}", ex);
        }

        for (var i = 0; i < items.Count; i++)
        {
            // System.Text.Json 8 (the net8.0 build) does not enforce non-nullable members, so the reader does.
            var what = items[i] is null ? "null" : problem(items[i]);
            if (what is not null)
            {
                throw new InvalidOperationException($"The embedded catalogue '{resource}' is not valid at $[{i}]: {what}.");
            }
        }

        return items;
    }
}
