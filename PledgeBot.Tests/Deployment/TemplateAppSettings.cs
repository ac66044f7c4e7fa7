using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PledgeBot.Tests.Deployment;

/// <summary>The app settings each template gives the Web App, as configuration keys (<c>__</c> read as <c>:</c>, a
/// trailing list index dropped: <c>Staff__ApiKeys__0</c> sets <c>Staff:ApiKeys</c>).</summary>
internal static partial class TemplateAppSettings
{
    public static string Directory { get; } = FindDirectory();

    public static IReadOnlyList<string> ArmTemplates { get; } =
    [
        Path.Combine("deployUseExistResourceGroup", "template-BotApp-with-rg.json"),
        Path.Combine("deployWithNewResourceGroup", "template-BotApp-new-rg.json"),
    ];

    public static IReadOnlySet<string> FromArm(string relativePath)
    {
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, relativePath)))!;
        var names = Sites(template).SelectMany(site => site["properties"]?["siteConfig"]?["appSettings"]?.AsArray() ?? [])
            .Select(setting => (string)setting!["name"]!);
        return ToKeys(names);
    }

    public static IReadOnlySet<string> FromBicep()
    {
        var bicep = File.ReadAllText(Path.Combine(Directory, "bicep", "main.bicep"));
        var block = AppSettingsBlock().Match(bicep);
        Assert.True(block.Success, "main.bicep has no 'var appSettings = [ ... ]' block.");
        return ToKeys(SettingName().Matches(block.Value).Select(match => match.Groups[1].Value));
    }

    public static string ToKey(string appSetting)
    {
        var segments = appSetting.Split("__").ToList();
        if (segments.Count > 1 && segments[^1].All(char.IsAsciiDigit))
        {
            segments.RemoveAt(segments.Count - 1);
        }

        return string.Join(':', segments);
    }

    private static SortedSet<string> ToKeys(IEnumerable<string> names) => new(names.Select(ToKey), StringComparer.OrdinalIgnoreCase);

    // Sites at any depth: the new-resource-group template nests the whole resource group template in a deployment.
    private static IEnumerable<JsonNode> Sites(JsonNode template)
    {
        foreach (var resource in template["resources"]?.AsArray() ?? [])
        {
            if ((string?)resource!["type"] == "Microsoft.Web/sites")
            {
                yield return resource;
            }

            if (resource["properties"]?["template"] is { } nested)
            {
                foreach (var site in Sites(nested))
                {
                    yield return site;
                }
            }
        }
    }

    private static string FindDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "deploymentTemplates");
            if (File.Exists(Path.Combine(directory.FullName, "PledgeBot.sln")) && System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No deploymentTemplates folder beside PledgeBot.sln above the test output.");
    }

    [GeneratedRegex(@"^var appSettings = \[.*?^\]", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex AppSettingsBlock();

    [GeneratedRegex(@"name: '([^']+)'")]
    private static partial Regex SettingName();
}
