package org.lifeline.groundstation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void anyChineseVariantListedBeforeEnglishGivesChinese() {
        assertThat(Language.choose(null, "zh-CN,zh;q=0.9")).isEqualTo(Language.ZH);
        assertThat(Language.choose(null, "zh-TW")).isEqualTo(Language.ZH);
        assertThat(Language.choose(null, "zh-Hant-HK,en;q=0.5")).isEqualTo(Language.ZH);
        assertThat(Language.choose(null, "fr-FR,zh;q=0.8,en;q=0.5")).isEqualTo(Language.ZH);
    }

    @Test
    void englishFirstNothingKnownOrAnUnreadableHeaderGivesEnglish() {
        assertThat(Language.choose(null, "en-US,zh;q=0.5")).isEqualTo(Language.EN);
        assertThat(Language.choose(null, "en;q=0.4,zh;q=0.9")).isEqualTo(Language.ZH);
        assertThat(Language.choose(null, "de-DE")).isEqualTo(Language.EN);
        assertThat(Language.choose(null, null)).isEqualTo(Language.EN);
        assertThat(Language.choose(null, ";;;q=abc")).isEqualTo(Language.EN);
    }

    @Test
    void theLinkOnThePageOverridesTheBrowser() {
        assertThat(Language.choose("zh", "en-GB")).isEqualTo(Language.ZH);
        assertThat(Language.choose("en", "zh-CN")).isEqualTo(Language.EN);
    }
}
