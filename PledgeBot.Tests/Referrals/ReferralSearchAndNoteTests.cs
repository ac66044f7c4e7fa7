using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PledgeBot.Tests.Referrals;

/// <summary>The staff list's search (<c>?q=</c>) and a code's optional note, through the API and the CSV import.</summary>
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ReferralSearchAndNoteTests(ReferralHostFixture host) : IClassFixture<ReferralHostFixture>
{
    [Fact]
    public async Task Finds_codes_by_any_part_of_them_in_any_case_with_their_notes()
    {
        using var staff = host.StaffClient();
        var tag = $"{Guid.NewGuid():N}"[..6].ToUpperInvariant();
        using var one = await staff.PostAsJsonAsync("/admin/referral-codes", new { code = $"HN-{tag}-A", owner = "Trường A", kind = "school", note = "Khối 10, phòng 12" });
        using var two = await staff.PostAsJsonAsync("/admin/referral-codes", new { code = $"HCM-{tag}-B", owner = "Trường B", kind = "school" });
        using var other = await staff.PostAsJsonAsync("/admin/referral-codes", new { code = $"OTHER-{Guid.NewGuid():N}"[..16], owner = "Khác", kind = "kol" });

        var page = await staff.GetFromJsonAsync<JsonElement>($"/admin/referral-codes?q={tag.ToLowerInvariant()}");
        var items = page.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (one.StatusCode, two.StatusCode));
        Assert.Equal([$"HCM-{tag}-B", $"HN-{tag}-A"], items.Select(i => i.GetProperty("code").GetString()).Order());
        Assert.Equal("Khối 10, phòng 12", items.Single(i => i.GetProperty("code").GetString() == $"HN-{tag}-A").GetProperty("note").GetString());
    }

    [Theory]
    [InlineData("a b")]
    [InlineData("<script>")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456")]
    public async Task Refuses_a_search_that_cannot_be_part_of_a_code_with_400(string q)
    {
        using var staff = host.StaffClient();

        using var response = await staff.GetAsync($"/admin/referral-codes?q={Uri.EscapeDataString(q)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_note_over_200_characters_with_400()
    {
        using var staff = host.StaffClient();

        using var response = await staff.PostAsJsonAsync("/admin/referral-codes", new { code = "NOTE-TOO-LONG", owner = "Ai đó", kind = "kol", note = new string('x', 201) });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("note", out _));
    }

    [Fact]
    public async Task Imports_the_optional_note_column_of_a_csv()
    {
        using var staff = host.StaffClient();
        var code = $"CSV-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        var csv = $"code,owner,kind,note\n{code},Trường C,school,Hội trường lớn\n";

        using var response = await staff.PostAsync("/admin/referral-codes/bulk", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var details = await staff.GetFromJsonAsync<JsonElement>($"/admin/referral-codes/{code}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hội trường lớn", details.GetProperty("code").GetProperty("note").GetString());
    }
}
