using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Flows.Pledge.Provinces;

/// <summary>Content keys of the province question (Content/{vi,en}/provinces.json).</summary>
public static class ProvinceText
{
    public static readonly TextKey AskRegion = new("province.askRegion");
    public static readonly TextKey AskProvince = new("province.askProvince");
    public static readonly TextKey Confirm = new("province.confirm");
    public static readonly TextKey Merged = new("province.merged");
    public static readonly TextKey Retry = new("province.retry");

    /// <summary>The choice that shows the next page of a region's provinces.</summary>
    public const string More = "province.more";

    private const string RegionPrefix = "province.region.";

    /// <summary>The region choices, in the order they are offered.</summary>
    public static IReadOnlyList<string> Regions { get; } = [RegionChoice("north"), RegionChoice("centre"), RegionChoice("south")];

    /// <summary>The choice id of a region as provinces.json spells it (<c>north</c> → <c>province.region.north</c>).</summary>
    public static string RegionChoice(string region) => RegionPrefix + region;

    /// <summary>The region a choice id stands for, or null when it is not a region choice.</summary>
    public static string? RegionOf(string choiceId) =>
        choiceId is not null && choiceId.StartsWith(RegionPrefix, StringComparison.Ordinal) ? choiceId[RegionPrefix.Length..] : null;

    /// <summary>True for the ids of choices in the content (regions, "more…"), false for province and place ids.</summary>
    public static bool IsChoice(string id) => id is not null && id.StartsWith("province.", StringComparison.Ordinal);
}
