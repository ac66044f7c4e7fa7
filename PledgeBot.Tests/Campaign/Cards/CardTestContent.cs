using System.Text;
using System.Text.Json;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Campaign.Cards;

/// <summary>The shipped content plus pledges made to test cards: one with "ế", one very long, one with an emoji, one
/// in decomposed Unicode as some keyboards send it.</summary>
public sealed class CardTestContent : IContentSource
{
    public const string Diacritics = "cardtest-diacritics";
    public const string LongText = "cardtest-long";
    public const string Emoji = "cardtest-emoji";
    public const string Decomposed = "cardtest-decomposed";

    public const string VietnameseDiacritics =
        "Mình biết rằng nếu ai đề nghị chuyển sang ứng dụng khác để nói chuyện riêng, đó là dấu hiệu cảnh báo.";

    public static readonly IReadOnlyList<string> Ids = [Diacritics, LongText, Emoji, Decomposed];

    // A card holds ten pledges at most, and so does valid content: the first six shipped ones stay beside the four here.
    public ContentCatalog Current { get; } = ContentLoader.Load(EmbeddedContent.Files().Select(KeepSixShippedPledges).Concat(
    [
        Pledges("vi",
            VietnameseDiacritics,
            string.Join(' ', Enumerable.Repeat("Mình luôn dừng lại, suy nghĩ và hỏi người lớn tin cậy trước khi làm theo lời người lạ trên mạng.", 4)),
            "Mình tử tế trên mạng 💙",
            "Mình không gửi ảnh riêng tư cho người lạ, dù họ hứa hẹn điều gì.".Normalize(NormalizationForm.FormD)),
        Pledges("en",
            "If someone asks to move our chat to another app, I know it is a warning sign.",
            string.Join(' ', Enumerable.Repeat("I always stop, think and ask a trusted adult before doing what a stranger online tells me.", 4)),
            "I am kind online 💙",
            "I never send private photos to strangers, whatever they promise."),
    ]));

    private static ContentFile KeepSixShippedPledges(ContentFile file)
    {
        if (!file.Path.EndsWith("/pledge.json", StringComparison.Ordinal))
        {
            return file;
        }

        var json = System.Text.Json.Nodes.JsonNode.Parse(file.Json)!;
        var pledges = json["pledges"]!.AsArray();
        while (pledges.Count > 6)
        {
            pledges.RemoveAt(pledges.Count - 1);
        }

        return file with { Json = json.ToJsonString() };
    }

    private static ContentFile Pledges(string language, params string[] texts)
    {
        var pledges = Ids.Zip(texts, (id, text) => new Dictionary<string, string> { ["id"] = id, ["text"] = text, ["label"] = id[..Math.Min(id.Length, 20)] });
        return new ContentFile($"{language}/cardtest.json", JsonSerializer.Serialize(new Dictionary<string, object> { ["pledges"] = pledges }));
    }
}
