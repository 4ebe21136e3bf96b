/*
 * The process diagram on a profile's page: bpmn-js's NavigatedViewer draws the deployed model and
 * marks the steps the page names in data-current and data-completed. The page already says the
 * current steps in words; the drawing only repeats them for those who see it.
 */
(function () {
  'use strict';

  function mark(viewer, ids, css) {
    var canvas = viewer.get('canvas');
    var elements = viewer.get('elementRegistry');
    (ids || '').split(' ').filter(Boolean).forEach(function (id) {
      if (elements.get(id)) {
        canvas.addMarker(id, css);
      }
    });
  }

  function show(container) {
    var viewer = new window.BpmnJS({ container: container });
    fetch(container.dataset.diagram, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('diagram answered ' + response.status);
        }
        return response.text();
      })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        mark(viewer, container.dataset.completed, 'step-completed');
        mark(viewer, container.dataset.current, 'step-current');
        viewer.get('canvas').zoom('fit-viewport');
        container.classList.add('diagram-shown');
      })
      .catch(function () {
        container.classList.add('diagram-failed');
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (window.BpmnJS) {
      document.querySelectorAll('.process-diagram[data-diagram]').forEach(show);
    }
  });
})();
