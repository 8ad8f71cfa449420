using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace PolicyKit.Tests.Lists;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Huawei Technologies Co., Ltd.")]
    [InlineData("HUAWEI TECHNOLOGIES CO.,LTD")]
    [InlineData("Huawei Technologies Company Limited")]
    [InlineData("Huawei  Technologies")]
    [InlineData("huawei-technologies")]
    [InlineData("  Huawei\tTechnologies (Co) Ltd ")]
    [InlineData("Huawei Technologies Co. Ltd.")]
    public void Spelling_variants_of_one_name_share_one_key(string name) =>
        Assert.Equal("huawei technologies", NameKey.Of(name));

    [Theory]
    [InlineData("Xi\u0092an Huawei Technologies Co., Ltd.")] // the stray C1 character in the real CSL
    [InlineData("Xi'an Huawei Technologies Co., Ltd.")]
    [InlineData("Xi\u2019an Huawei Technologies Co., Ltd.")]
    [InlineData("XIAN HUAWEI TECHNOLOGIES")]
    public void Apostrophes_join_including_the_stray_c1_character(string name) =>
        Assert.Equal("xian huawei technologies", NameKey.Of(name));

    [Theory]
    [InlineData("Limited Editions Co", "limited editions")]
    [InlineData("Huawei Co Technologies Ltd", "huawei co technologies")]
    [InlineData("Company Store Inc.", "company store")]
    [InlineData("Ltd", "ltd")]
    [InlineData("Co., Ltd.", "co")]
    [InlineData("Company Limited", "company")]
    [InlineData("GmbH & Co. KG", "gmbh co kg")]
    [InlineData("Huawei Technologies Coöperatief U.A.", "huawei technologies coöperatief u a")] // U.A. is not a legal form here
    [InlineData("Huawei Chile S.A.", "huawei chile")]
    [InlineData("Huawei Chile SA", "huawei chile")]
    [InlineData("Huawei Technologies Cr Panama S.A", "huawei technologies cr panama")]
    [InlineData("Research & Development Belgium N.V.", "research development belgium")]
    [InlineData("Example S.p.A.", "example")]
    [InlineData("Example S.A.S.", "example")]
    [InlineData("Bel Huawei Technologies L.L.C.", "bel huawei technologies")]
    [InlineData("Example B.V. Co., Ltd.", "example")]
    [InlineData("X B.V.", "x")]
    [InlineData("S.A.", "s a")]
    [InlineData("A B C Trading", "a b c trading")]
    public void Legal_forms_are_only_dropped_at_the_end_and_never_to_nothing(string name, string key) =>
        Assert.Equal(key, NameKey.Of(name));

    [Theory]
    [InlineData("")]
    [InlineData(" .,-()' ")]
    public void A_name_without_letters_or_digits_has_an_empty_key(string name) => Assert.Equal("", NameKey.Of(name));

    [Fact]
    public void Long_names_are_normalised_without_truncation()
    {
        string longName = new string('A', 300) + " Holdings Co., Ltd.";
        Assert.Equal(new string('a', 300) + " holdings", NameKey.Of(longName));
        string viaSpan = NameKey.WithKey(longName, 0, (key, _) => key.ToString());
        Assert.Equal(NameKey.Of(longName), viaSpan);
    }

    private static readonly string[] LegalForms = { "Co", "Ltd", "Limited", "Inc", "Corp", "LLC", "L.L.C.", "GmbH", "AG", "S.A.", "SA", "B.V.", "N.V.", "S.p.A.", "PLC", "Pte" };

    private static Gen<string[]> Tokens() =>
        Gen.Elements("Huawei", "Sugon", "Dawning", "Hikvision", "Xian", "Cloud", "Brazil", "Technologies", "Digital", "Holding", "Research", "5G", "OpenLab", "Munich", "Marine", "Networks")
            .ArrayOf(4).SelectMany(t => Gen.Choose(1, 4).Select(n => t.Take(n).ToArray()));

    private static Gen<string> Separators() => Gen.Elements(" ", "  ", ", ", " - ", "\t", " / ", ".", " (", ") ", "_");

    [Fact]
    public void A_key_ignores_case_separators_and_trailing_legal_forms() =>
        PropertyCheck.Verify(Prop.ForAll(Arb.From(
            from tokens in Tokens()
            from separators in Separators().ArrayOf(tokens.Length + 4)
            from forms in Gen.Elements(LegalForms).ArrayOf(3).SelectMany(f => Gen.Choose(0, 3).Select(n => f.Take(n).ToArray()))
            from upper in Gen.Elements(true, false)
            select (tokens, separators, forms, upper)), (Action<(string[], string[], string[], bool)>)(t =>
        {
            var (tokens, separators, forms, upper) = t;
            string plain = string.Join(" ", tokens);
            string messy = string.Concat(tokens.Concat(forms).Select((tok, i) => (i == 0 ? "" : separators[i]) + tok));
            if (upper) messy = messy.ToUpperInvariant();
            Assert.Equal(plain.ToLowerInvariant(), NameKey.Of(messy));
            Assert.Equal(NameKey.Of(messy), NameKey.Of(NameKey.Of(messy)));
            Assert.Equal(NameKey.Hash(NameKey.Of(plain).AsSpan()), NameKey.Hash(NameKey.Of(messy).AsSpan()));
        })));
}
