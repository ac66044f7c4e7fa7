using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Referrals;

/// <summary>The part of <c>Channels:Zalo</c> a link needs: the OA's id. Zalo OA links carry no
/// parameter, so a code travels as the message the user sends: "MA CODE".</summary>
public sealed class ZaloAccountLink
{
    [RegularExpression(@"^[0-9]{1,32}$", ErrorMessage = "Channels:Zalo:OaId is the OA's numeric id.")]
    public string? OaId { get; set; }
}
