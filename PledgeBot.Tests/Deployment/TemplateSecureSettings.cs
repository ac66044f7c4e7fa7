using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PledgeBot.Tests.Deployment;

/// <summary>The app settings each template fills from a secure parameter (ARM <c>securestring</c>, Bicep
/// <c>@secure()</c>), as configuration keys: values the deployment history and the portal never show.</summary>
internal static partial class TemplateSecureSettings
{
    public static IReadOnlySet<string> FromArm(string relativePath)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(TemplateAppSettings.Directory, relativePath)))!;
        var secure = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (site, template) in Sites(root))
        {
            foreach (var setting in site["properties"]?["siteConfig"]?["appSettings"]?.AsArray() ?? [])
            {
                if (ArmParameter().Match((string?)setting!["value"] ?? string.Empty) is { Success: true } match
                    && IsSecure(template, match.Groups[1].Value) && (root == template || IsSecure(root, match.Groups[1].Value)))
                {
                    secure.Add(TemplateAppSettings.ToKey((string)setting["name"]!));
                }
            }
        }

        return secure;
    }

    public static IReadOnlySet<string> FromBicep()
    {
        var main = File.ReadAllText(Path.Combine(TemplateAppSettings.Directory, "bicep", "main.bicep"));
        var outer = File.ReadAllText(Path.Combine(TemplateAppSettings.Directory, "bicep", "main-new-rg.bicep"));
        var securedInMain = SecureBicepParameters(main);
        var securedOuter = SecureBicepParameters(outer);
        return new SortedSet<string>(
            BicepSetting().Matches(main)
                .Where(match => securedInMain.Contains(match.Groups[2].Value) && securedOuter.Contains(match.Groups[2].Value))
                .Select(match => TemplateAppSettings.ToKey(match.Groups[1].Value)),
            StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsSecure(JsonNode template, string parameter) =>
        (string?)template["parameters"]?[parameter]?["type"] is { } type && type.Equals("securestring", StringComparison.OrdinalIgnoreCase);

    // A parameter is secure when one of the decorator lines right above its declaration is @secure().
    private static HashSet<string> SecureBicepParameters(string bicep)
    {
        var secure = new HashSet<string>(StringComparer.Ordinal);
        var lines = bicep.Split('\n').Select(line => line.Trim()).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            if (BicepParameter().Match(lines[i]) is not { Success: true } declaration)
            {
                continue;
            }

            for (var above = i - 1; above >= 0 && lines[above].StartsWith('@'); above--)
            {
                if (lines[above] == "@secure()")
                {
                    secure.Add(declaration.Groups[1].Value);
                }
            }
        }

        return secure;
    }

    private static IEnumerable<(JsonNode Site, JsonNode Template)> Sites(JsonNode template)
    {
        foreach (var resource in template["resources"]?.AsArray() ?? [])
        {
            if ((string?)resource!["type"] == "Microsoft.Web/sites")
            {
                yield return (resource, template);
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

    [GeneratedRegex(@"^\[parameters\('(\w+)'\)\]$")]
    private static partial Regex ArmParameter();

    [GeneratedRegex(@"\{ name: '([^']+)', value: (\w+) \}")]
    private static partial Regex BicepSetting();

    [GeneratedRegex(@"^param (\w+) ")]
    private static partial Regex BicepParameter();
}
