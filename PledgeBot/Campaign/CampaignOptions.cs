using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Campaign;

public sealed class CampaignOptions : IValidatableObject
{
    public const string Section = "Campaign";

    /// <summary>The default: right for `dotnet run` on a laptop, wrong anywhere else (Web/PublicAddressCheck warns).</summary>
    public const string DefaultPublicBaseUrl = "http://localhost:3978";

    /// <summary>Where the public reaches this host (invite links and card images point here): an absolute http(s)
    /// URL without query or fragment.</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = DefaultPublicBaseUrl;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
        {
            yield return new ValidationResult(
                "Campaign:PublicBaseUrl must be an absolute http or https URL without user, query or fragment.",
                [nameof(PublicBaseUrl)]);
        }
    }
}
