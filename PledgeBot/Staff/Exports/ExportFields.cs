using System.Globalization;
using System.Text.Json;

namespace PledgeBot.Staff.Exports;

/// <summary>The quiz and safety exports' rows as CSV cells and as JSON objects.</summary>
internal static class ExportFields
{
    public static string[] Quiz(QuizMixRow row) =>
        [row.Date, row.Channel, row.ReferralCode, Number(row.Completions), .. row.Scores.Select(Number)];

    public static string[] Safety(SafetyMixRow row) =>
        [row.Date, row.Channel, Number(row.TalkRequests), Number(row.RiskInterrupts), .. row.ByCategory.Select(Number)];

    public static void WriteQuiz(Utf8JsonWriter json, QuizMixRow row)
    {
        json.WriteStartObject();
        json.WriteString("date", row.Date);
        json.WriteString("channel", row.Channel);
        json.WriteString("referralCode", row.ReferralCode);
        json.WriteNumber("completions", row.Completions);
        json.WriteStartArray("scores");
        foreach (var count in row.Scores)
        {
            json.WriteNumberValue(count);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteSafety(Utf8JsonWriter json, SafetyMixRow row)
    {
        json.WriteStartObject();
        json.WriteString("date", row.Date);
        json.WriteString("channel", row.Channel);
        json.WriteNumber("talkRequests", row.TalkRequests);
        json.WriteNumber("riskInterrupts", row.RiskInterrupts);
        json.WriteStartObject("riskByCategory");
        for (var i = 0; i < row.ByCategory.Count; i++)
        {
            json.WriteNumber(PledgeBot.Dialogs.Content.SafetyCategories.All[i], row.ByCategory[i]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
