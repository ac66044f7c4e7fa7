using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Fakes;

/// <summary>Predictable links for transcripts.</summary>
public sealed class FakeCampaignLinks : ICampaignLinks
{
    public string InviteUrl(string code) => $"https://khongmotminh.test/?ref={code}";

    public string PledgeCardUrl(PledgeCard card) =>
        $"https://khongmotminh.test/cards/{card.Number}-{string.Join('.', card.PledgeIds)}-{card.InviteCode}-{card.Language}.png";
}
