using Microsoft.Extensions.Options;
using PledgeBot.Campaign;
using PledgeBot.Campaign.Links;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Classes;

/// <summary>How students and the teacher reach a class: "LOP ABC234" to type, the join link (Web Chat sends the class
/// on connect), and the teacher's screen with its token.</summary>
public sealed class ClassLinks(IOptions<CampaignOptions> campaign, TeacherTokens tokens)
{
    private readonly string _base = campaign.Value.PublicBaseUrl.TrimEnd('/');

    public static string JoinText(string code, Language language) => language == Language.English ? $"CLASS {code}" : $"LOP {code}";

    public string JoinUrl(string code) => $"{_base}/?class={code}";

    public string ScreenUrl(string code, DateTimeOffset expiresAt) => $"/class/{code}?t={Uri.EscapeDataString(tokens.Sign(code, expiresAt))}";

    public ClassSummary Summary(ClassSession session, long joined)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new ClassSummary(
            session.Code, session.Name, session.SchoolCode, session.Province, session.Language == Language.English ? "en" : "vi",
            session.Questions.Count - session.PrePostCount, session.SecondsPerQuestion, session.PrePost, session.ShowRanking,
            ClassStore.Phase(session.Phase), joined, session.CreatedAt, session.ExpiresAt,
            JoinText(session.Code, session.Language), JoinUrl(session.Code), ScreenUrl(session.Code, session.ExpiresAt));
    }
}
