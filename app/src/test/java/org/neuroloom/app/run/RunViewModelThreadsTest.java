package org.neuroloom.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What "automatic" threads means for a run in the app, where the views need CPU too. */
class RunViewModelThreadsTest {

    @Test
    void automaticThreadsOnTwoCoresLeaveTheSecondCoreToTheViews() {
        assertEquals(1, RunViewModel.engineThreads(0, 2));
        assertEquals(1, RunViewModel.engineThreads(0, 1));
    }

    @Test
    void automaticThreadsOnMoreCoresStayTheEnginesChoiceAndAnExplicitCountIsKept() {
        assertEquals(0, RunViewModel.engineThreads(0, 8));
        assertEquals(2, RunViewModel.engineThreads(2, 2));
        assertEquals(3, RunViewModel.engineThreads(3, 8));
    }
}
