package org.steward.app.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProfileDraftTest {

    @Test
    void theFieldNamesAreTheRecordsComponentsInOrder() {
        assertThat(ProfileDraft.FIELDS).isEqualTo(Arrays.stream(ProfileDraft.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void aDraftSurvivesTheTripThroughTheFormsTexts() {
        List<String> texts = IntStream.range(0, ProfileDraft.FIELDS.size()).mapToObj(i -> "text " + i).toList();
        ProfileDraft draft = ProfileDraft.of(texts);

        assertThat(draft.values()).isEqualTo(texts);
        assertThat(draft.chainId()).isEqualTo("text 2");
        assertThat(draft.txServiceApiKey()).isEqualTo("text 14");
        assertThatThrownBy(() -> ProfileDraft.of(texts.subList(0, 3))).isInstanceOf(IllegalArgumentException.class);
    }
}
