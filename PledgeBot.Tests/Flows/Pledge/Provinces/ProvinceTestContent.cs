using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Flows.Pledge.Provinces;

/// <summary>The shipped content plus the one text the test parent flow says when the province flow returns.</summary>
public sealed class ProvinceTestContent : IContentSource
{
    public static readonly TextKey Chosen = new("test.provinceChosen");

    public ContentCatalog Current { get; } = ContentLoader.Load(EmbeddedContent.Files().Concat(
    [
        new ContentFile("vi/provinceTest.json", """{ "texts": { "test.provinceChosen": "[vi] Province: {province}" } }"""),
        new ContentFile("en/provinceTest.json", """{ "texts": { "test.provinceChosen": "[en] Province: {province}" } }"""),
    ]));
}
