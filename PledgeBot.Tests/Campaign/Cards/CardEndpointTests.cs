using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using PledgeBot.Campaign.Cards;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Campaign.Cards;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class CardEndpointTests(CardsHost host) : IClassFixture<CardsHost>
{
    private static readonly PledgeCard s_card = new(12_345, ["otp", CardTestContent.Diacritics], "ABC123", "vi");

    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task Serves_a_signed_card_as_a_png_that_may_be_cached_for_a_day()
    {
        var url = host.Links.PledgeCardUrl(s_card);

        using var response = await _client.GetAsync(CardsHost.Relative(url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: 86_400 }, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Equal($"\"{QueryHelpers.ParseQuery(new Uri(url).Query)["s"]}\"", response.Headers.ETag?.Tag);
        using var bitmap = CardImages.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((PledgeCardRenderer.Width, PledgeCardRenderer.Height), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task Answers_a_link_previewers_HEAD_with_the_cards_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, CardsHost.Relative(host.Links.PledgeCardUrl(s_card with { Number = 9 })));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Answers_304_to_a_client_that_already_has_the_card()
    {
        var path = CardsHost.Relative(host.Links.PledgeCardUrl(s_card with { Number = 8 }));
        using var first = await _client.GetAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("n", "99999")]
    [InlineData("p", "otp")]
    [InlineData("c", "ABC124")]
    [InlineData("l", "en")]
    [InlineData("s", "AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Refuses_a_tampered_card_with_403_and_a_reason(string name, string value)
    {
        using var response = await _client.GetAsync(With(name, value));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("signature", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("n")]
    [InlineData("p")]
    [InlineData("c")]
    [InlineData("l")]
    [InlineData("s")]
    public async Task Refuses_a_card_url_missing_a_parameter_with_400_naming_it(string name)
    {
        using var response = await _client.GetAsync(With(name, null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"'{name}' is required", await ReasonAsync(response, name), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("n", "0")]
    [InlineData("n", "-5")]
    [InlineData("n", "1000000001")]
    [InlineData("n", "12e3")]
    [InlineData("p", "otp..2fa")]
    [InlineData("p", "otp.otp")]
    [InlineData("p", "a.b.c.d.e.f.g.h.i.j.k")]
    [InlineData("p", "otp<script>")]
    [InlineData("c", "abc123")]
    [InlineData("c", "AB")]
    [InlineData("c", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456")]
    [InlineData("l", "fr")]
    public async Task Refuses_an_invalid_parameter_with_400_and_a_reason(string name, string value)
    {
        using var response = await _client.GetAsync(With(name, value));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await ReasonAsync(response, name));
    }

    [Fact]
    public async Task Refuses_a_parameter_given_twice_with_400()
    {
        var path = CardsHost.Relative(host.Links.PledgeCardUrl(s_card)) + "&n=1";

        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2 times", await ReasonAsync(response, "n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_an_overlong_query_with_400_before_reading_it()
    {
        var path = CardsHost.Relative(host.Links.PledgeCardUrl(s_card)) + "&utm=" + new string('x', CardQuery.MaxLength);

        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await ReasonAsync(response, "query"));
    }

    [Fact]
    public async Task Refuses_a_signed_card_naming_a_pledge_the_content_does_not_have_with_400()
    {
        var url = host.Links.PledgeCardUrl(s_card with { PledgeIds = ["otp", "retired-pledge"] });

        using var response = await _client.GetAsync(CardsHost.Relative(url));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("retired-pledge", await ReasonAsync(response, "p"), StringComparison.Ordinal);
    }

    private string With(string name, string? value)
    {
        var url = new Uri(host.Links.PledgeCardUrl(s_card));
        var query = QueryHelpers.ParseQuery(url.Query);
        if (value is null)
        {
            query.Remove(name);
        }
        else
        {
            query[name] = new StringValues(value);
        }

        return url.AbsolutePath + QueryString.Create(query);
    }

    private static async Task<string> ReasonAsync(HttpResponseMessage response, string name)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return string.Join(" ", problem.GetProperty("errors").GetProperty(name).EnumerateArray().Select(e => e.GetString()));
    }
}
