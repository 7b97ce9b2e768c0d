package controllers

import (
	"context"

	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"

	v1alpha1 "${{ values.group }}/${{ values.name }}/api/v1alpha1"
)

// ${{ values.kind }}Reconciler moves ${{ values.kind }} resources towards their spec.
type ${{ values.kind }}Reconciler struct {
	Client client.Client
}

// Reconcile is called for every change of a ${{ values.kind }}; keep it idempotent.
func (r *${{ values.kind }}Reconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	var resource v1alpha1.${{ values.kind }}
	if err := r.Client.Get(ctx, req.NamespacedName, &resource); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}
	// TODO: create or update what the resource describes, then set status conditions.
	return ctrl.Result{}, nil
}

// SetupWithManager registers the reconciler.
func (r *${{ values.kind }}Reconciler) SetupWithManager(manager ctrl.Manager) error {
	return ctrl.NewControllerManagedBy(manager).For(&v1alpha1.${{ values.kind }}{}).Complete(r)
}
