using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Integration.Campaign;

/// <summary>The shipped content plus two provinces of its own, so the stats test does not depend on the shipped list.</summary>
public sealed class StatsContent : IContentSource
{
    public const string NorthId = "stats-north";
    public const string NorthName = "Tỉnh Thử Bắc";
    public const string SouthId = "stats-south";
    public const string SouthName = "Thành phố Thử Nam";

    public ContentCatalog Current { get; } = ContentLoader.Load(EmbeddedContent.Files().Concat(
    [
        new ContentFile("vi/stats-provinces.json", Provinces(NorthName, SouthName)),
        new ContentFile("en/stats-provinces.json", Provinces("Test North", "Test South City")),
    ]));

    private static string Provinces(string north, string south) => $$"""
        {
          "provinces": [
            { "id": "{{NorthId}}", "name": "{{north}}", "region": "north" },
            { "id": "{{SouthId}}", "name": "{{south}}", "region": "south" }
          ]
        }
        """;
}
