using System.Text.Json.Nodes;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Flows.Quiz;

/// <summary>The shipped content until a test takes questions out of it, as staff editing the content directory would.</summary>
public sealed class SwitchableContent : IContentSource
{
    public ContentCatalog Current { get; private set; } = EmbeddedContent.Load();

    public void RemoveQuestion(string id) =>
        Current = ContentLoader.Load(EmbeddedContent.Files().Select(file => file.Path.EndsWith("/quiz.json", StringComparison.Ordinal)
            ? file with { Json = Without(file.Json, id) }
            : file));

    private static string Without(string json, string id)
    {
        var document = JsonNode.Parse(json)!;
        var quiz = document["quiz"]!.AsArray();
        quiz.Remove(quiz.Single(question => (string?)question!["id"] == id));
        return document.ToJsonString();
    }
}
